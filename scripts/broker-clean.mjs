#!/usr/bin/env node
// `npm run broker:clean [-- --prefix P]`: deletes the RabbitMQ exchange and queues that the split
// topology declared under a prefix (RABBITMQ_PREFIX, `nestmall` by default), at RABBITMQ_URL.
// The queues are durable, so they stay on the broker after the apps stop; this removes them and
// every message still in them, dead letters included (list those first: npm run dead-letters).
// Exit 0 when done, 1 when RabbitMQ cannot be reached, 2 on bad usage.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run broker:clean [-- --prefix PREFIX]';

function fail(message, code) {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
const env = { ...process.env };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--prefix' && args[i + 1]) env.RABBITMQ_PREFIX = args[++i];
  else fail(`unknown option ${args[i]}\n${USAGE}`, 2);
}

const dist = join(root, 'dist/libs');
if (!existsSync(join(dist, 'messaging/src/index.js')))
  fail('dist/ is missing: run `npm run build` first', 2);
const { deleteBrokerObjects, MESSAGING_CONFIG } = await import(
  join(dist, 'messaging/src/index.js')
);
const { CONSUMERS } = await import(join(dist, 'contracts/src/index.js'));
const { validateConfig, redactUrl } = await import(join(dist, 'platform/src/index.js'));

let config;
try {
  config = validateConfig(env, {}, [MESSAGING_CONFIG]);
} catch (error) {
  fail(error.message, 2);
}
const prefix = config.RABBITMQ_PREFIX;
try {
  const { queues } = await deleteBrokerObjects(
    config.RABBITMQ_URL,
    prefix,
    Object.values(CONSUMERS),
  );
  console.log(
    `deleted the exchange ${prefix}.events and the queues of ${Object.values(CONSUMERS).length} ` +
      `consumers (${queues} names, ${prefix}.<consumer>[.retry.<ms>|.dead]) at ${redactUrl(config.RABBITMQ_URL)}`,
  );
} catch (error) {
  fail(`RabbitMQ at ${redactUrl(config.RABBITMQ_URL)} (RABBITMQ_URL): ${error.message}`, 1);
}
