#!/usr/bin/env node
// `npm run dead-letters -- <list|show|replay> [options]`: the operator's tool for events a consumer
// gave up on after MESSAGE_MAX_ATTEMPTS failures.
//   list   [--consumer C]                 every dead letter (of one consumer)
//   show   --consumer C --id EVENT_ID      one dead letter, with its event
//   replay --consumer C (--id EVENT_ID ... | --all)
//                                          send them to the consumer again (its inbox still
//                                          absorbs what it did handle)
// Where they are: --from rabbitmq (the default: the split topology's `<prefix>.<consumer>.dead`
// queues at RABBITMQ_URL / RABBITMQ_PREFIX) or --from database (the monolith's
// messaging_dead_letter table at DATABASE_URL; a replay is delivered by the running app's relay).
// --json prints JSON. Exit 0 when done, 1 when something was not found, 2 on bad usage.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run dead-letters -- list [--consumer C] | show --consumer C --id ID | ' +
  'replay --consumer C (--id ID ... | --all)   [--from rabbitmq|database] [--json]';

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

const [command, ...rest] = process.argv.slice(2);
const options = { ids: [], all: false, json: false, from: 'rabbitmq', consumer: undefined };
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i];
  const value = () => rest[++i] ?? fail(`${arg} needs a value\n${USAGE}`);
  if (arg === '--consumer') options.consumer = value();
  else if (arg === '--id') options.ids.push(value());
  else if (arg === '--from') options.from = value();
  else if (arg === '--all') options.all = true;
  else if (arg === '--json') options.json = true;
  else fail(`unknown option ${arg}\n${USAGE}`);
}
if (!['list', 'show', 'replay'].includes(command)) fail(USAGE);
if (!['rabbitmq', 'database'].includes(options.from))
  fail(`--from must be rabbitmq or database\n${USAGE}`);
if (command !== 'list' && !options.consumer) fail(`${command} needs --consumer\n${USAGE}`);
if (command === 'show' && options.ids.length !== 1) fail(`show needs one --id\n${USAGE}`);
if (command === 'replay' && options.all === options.ids.length > 0)
  fail(`replay needs --id ... or --all (not both)\n${USAGE}`);

const dist = join(root, 'dist/libs');
if (!existsSync(join(dist, 'messaging/src/index.js')))
  fail('dist/ is missing: run `npm run build` first', 2);
const messaging = await import(join(dist, 'messaging/src/index.js'));
const { CONSUMERS } = await import(join(dist, 'contracts/src/index.js'));
const { validateConfig, databaseOptions, redactUrl } = await import(
  join(dist, 'platform/src/index.js')
);

let config;
try {
  config = validateConfig(process.env, {}, [messaging.MESSAGING_CONFIG]);
} catch (error) {
  fail(error.message);
}

let store;
let dataSource;
if (options.from === 'rabbitmq') {
  store = new messaging.RabbitMqDeadLetters(
    config.RABBITMQ_URL,
    config.RABBITMQ_PREFIX,
    Object.values(CONSUMERS),
    config.MESSAGE_MAX_ATTEMPTS,
  );
} else {
  const { DataSource } = await import('typeorm');
  dataSource = new DataSource({
    ...databaseOptions({
      url: config.DATABASE_URL,
      entities: [messaging.DeadLetterEntity, messaging.InboxEntity, messaging.OutboxEntity],
      migrations: [],
    }),
    migrationsRun: false,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    fail(`cannot open ${redactUrl(config.DATABASE_URL)}: ${error.message}`, 1);
  }
  store = new messaging.DatabaseDeadLetters(dataSource);
}

function summary(d) {
  return `${d.consumer}  ${d.event_id}  ${d.type}  occurred ${d.occurred_at}  attempts ${d.attempts}  error: ${d.error}`;
}

let code = 0;
try {
  if (command === 'list') {
    const letters = await store.list(options.consumer);
    if (options.json) console.log(JSON.stringify(letters, null, 2));
    else {
      for (const d of letters) console.log(summary(d));
      console.log(`${letters.length} dead letter(s) in ${options.from}`);
    }
  } else if (command === 'show') {
    const letter = await store.show(options.consumer, options.ids[0]);
    if (!letter) {
      console.error(`no dead letter ${options.ids[0]} for ${options.consumer}`);
      code = 1;
    } else if (options.json) console.log(JSON.stringify(letter, null, 2));
    else {
      console.log(summary(letter));
      console.log(JSON.stringify(letter.event, null, 2));
    }
  } else {
    const count = await store.replay(options.consumer, options.all ? 'all' : options.ids);
    if (options.json) console.log(JSON.stringify({ replayed: count }));
    else console.log(`replayed ${count} dead letter(s) of ${options.consumer}`);
    if (!options.all && count < options.ids.length) {
      console.error(`${options.ids.length - count} of the given ids were not dead letters`);
      code = 1;
    }
  }
} catch (error) {
  console.error(`${command} failed: ${error.message}`);
  code = 1;
} finally {
  await store.close();
  await dataSource?.destroy();
}
process.exit(code);
