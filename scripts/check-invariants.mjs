#!/usr/bin/env node
// `npm run check:invariants`: asks a running shop (monolith or gateway) to check its books
// (GET /admin/invariants) and prints the report. Exit 0 when clean, 1 when not, 2 when it cannot ask.
//   SHOP_URL (http://localhost:3000), ADMIN_TOKEN (the shop's own ADMIN_TOKEN)
const base = process.env.SHOP_URL ?? 'http://localhost:3000';
const token = process.env.ADMIN_TOKEN;
if (!token) {
  console.error("set ADMIN_TOKEN to the running shop's ADMIN_TOKEN");
  process.exit(2);
}
let res;
try {
  res = await fetch(`${base}/admin/invariants`, { headers: { 'x-admin-token': token } });
} catch {
  console.error(`no shop answering at ${base}: start it with \`npm start\` (and ADMIN_TOKEN set)`);
  process.exit(2);
}
const report = await res.json();
if (!res.ok) {
  console.error(`${res.status}: ${report.message ?? JSON.stringify(report)}`);
  process.exit(2);
}
console.log(`SKUs checked: ${report.skus_checked}`);
for (const problem of report.problems) console.log(`PROBLEM  ${problem}`);
for (const tx of report.unfinished_transactions) {
  console.log(
    `UNFINISHED  ${tx.kind} ${tx.gid} ${tx.status}, ${tx.attempts} attempts${tx.flagged ? ', FLAGGED' : ''}` +
      (tx.last_error ? `: ${tx.last_error}` : ''),
  );
}
for (const order of report.awaiting_stock ?? []) {
  console.log(
    `AWAITING STOCK  order ${order.order_id} (${order.gid}) for ${order.waiting_ms} ms (ORDER_CONSISTENCY=message)`,
  );
}
for (const drift of report.gate_reconciled ?? []) {
  console.log(
    `GATE RECONCILED  ${drift.sku_id}: the hot-SKU gate counted ${drift.gate}, the inventory has ${drift.available} (count dropped, reloaded by the next order)`,
  );
}
console.log(report.ok ? 'the books are clean' : 'the books are NOT clean');
process.exit(report.ok ? 0 : 1);
