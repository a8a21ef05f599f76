#!/usr/bin/env node
// `npm run demo:rest-client`: the course's "test service", a client of the user service over
// REST. Like the course's Go client it reads the list (pageNum=1, pageSize=5) and then a few
// random users (ids 1..15), printing each answer's status and body.
//   SHOP_URL (http://localhost:3000: the monolith or the gateway), --count N (5), --interval-ms M (500)
const base = (process.env.SHOP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} takes a whole number`);
    process.exit(2);
  }
  return value;
};
const count = option('--count', 5);
const intervalMs = option('--interval-ms', 500);
let failed = false;

async function show(path) {
  let res;
  try {
    res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
  } catch {
    console.error(`no shop answering at ${base}: start it with \`npm start\``);
    process.exit(1);
  }
  const text = await res.text();
  let body;
  try {
    body = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    body = text;
  }
  console.log(`GET ${path} -> ${res.status} ${res.statusText}\n${body}\n`);
  if (!res.ok) failed = true;
}

await show('/user/list?pageNum=1&pageSize=5');
for (let i = 0; i < count; i++) {
  await show(`/user/info/${1 + Math.floor(Math.random() * 15)}`);
  if (i < count - 1) await new Promise((resolve) => setTimeout(resolve, intervalMs));
}
process.exit(failed ? 1 : 0);
