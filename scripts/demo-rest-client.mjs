#!/usr/bin/env node
// The course's "test service": a client of the user service over REST. Like the course's Go
// client it reads the user list (pageNum=1, pageSize=5), then a few random users (ids 1..15),
// printing each answer's status and body. Plain Node 20, no dependencies.
//   npm run demo:rest-client  (or: node scripts/demo-rest-client.mjs [--count N] [--interval-ms M])
//   SHOP_URL   where the shop answers (default http://localhost:3000: the monolith or the gateway)
//   --count N  random users to fetch (default 5); --interval-ms M  pause between them (default 500)
// Exits 1 if no shop answers or any answer was 4xx/5xx, 2 on a bad option, else 0.
const base = (process.env.SHOP_URL || 'http://localhost:3000').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]/.test(base)) {
  console.error(`SHOP_URL must be an http:// or https:// URL, got '${base}'`);
  process.exit(2);
}
const options = { '--count': 5, '--interval-ms': 500 };

function usage(message) {
  console.error(
    `${message}\nusage: node scripts/demo-rest-client.mjs [--count N] [--interval-ms M]`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [name, inline] = args[i].split(/=(.*)/s);
  if (!Object.hasOwn(options, name)) usage(`unknown option: ${args[i]}`);
  const raw = inline ?? args[++i];
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isSafeInteger(value) || value < 0) {
    usage(`${name} takes a whole number, got ${raw === undefined ? 'nothing' : `'${raw}'`}`);
  }
  options[name] = value;
}
const count = options['--count'];
const intervalMs = options['--interval-ms'];
let failed = false;

async function show(path) {
  let res;
  let text;
  try {
    res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
    text = await res.text();
  } catch {
    console.error(`no shop answering at ${base}: start it with \`npm start\``);
    process.exit(1);
  }
  let body = text;
  try {
    body = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON (a proxy's error page, say): print it as it came
  }
  console.log(`GET ${path} -> ${res.status} ${res.statusText}\n${body}\n`);
  if (res.status >= 400) failed = true;
}

await show('/user/list?pageNum=1&pageSize=5');
for (let i = 0; i < count; i++) {
  if (i > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  await show(`/user/info/${1 + Math.floor(Math.random() * 15)}`);
}
process.exit(failed ? 1 : 0);
