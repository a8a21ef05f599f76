#!/usr/bin/env node
// `npm run payments:reconcile -- --from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z`: asks a
// running shop (monolith or gateway) to compare our payments created in [from, to) with the
// providers' records of that period (GET /admin/payments/reconciliation) and lists the
// differences. Exit 0 when there are none, 1 when there are, 2 when it cannot ask.
//   SHOP_URL (http://localhost:3000), ADMIN_TOKEN (the shop's own ADMIN_TOKEN)
const args = process.argv.slice(2);
const value = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const from = value('--from');
const to = value('--to');
if (!from || !to) {
  console.error('usage: npm run payments:reconcile -- --from <ISO 8601> --to <ISO 8601>');
  process.exit(2);
}
const base = process.env.SHOP_URL ?? 'http://localhost:3000';
const token = process.env.ADMIN_TOKEN;
if (!token) {
  console.error("set ADMIN_TOKEN to the running shop's ADMIN_TOKEN");
  process.exit(2);
}
let res;
try {
  const query = new URLSearchParams({ from, to });
  res = await fetch(`${base}/admin/payments/reconciliation?${query}`, {
    headers: { 'x-admin-token': token },
  });
} catch {
  console.error(`no shop answering at ${base}`);
  process.exit(2);
}
const report = await res.json();
if (!res.ok) {
  console.error(`${res.status}: ${report.message ?? JSON.stringify(report)}`);
  process.exit(2);
}
console.log(
  `${report.from} .. ${report.to}: ${report.payments_checked} payments here, ` +
    `${report.provider_records_checked} provider records`,
);
for (const d of report.differences)
  console.log(
    `DIFFERENCE  ${d.method} ${d.payment_id} ${d.kind}: ours ${d.ours ?? '-'}, provider ${d.provider ?? '-'}`,
  );
process.exit(report.differences.length === 0 ? 0 : 1);
