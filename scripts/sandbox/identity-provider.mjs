#!/usr/bin/env node
// A sandbox identity-verification provider (`npm run sandbox:identity`): does this name go with
// this ID number? Nothing leaves the machine and nothing is kept but a count.
//   POST /verifications {name, id_number} -> {reference, verdict: "MATCH" | "MISMATCH"}
//   The sandbox's verdict: MISMATCH when the name contains "mismatch" (any case) or "冒名", or
//   when the ID number was registered with PUT /admin/mismatches {"id_number": "..."}; else MATCH.
//   PUT /admin/behaviour, GET /admin/stats: provider-api.mjs.
//   IDENTITY_SANDBOX_PORT (4050); 0 picks a free port.
import { randomBytes } from 'node:crypto';
import { announce, send, serveProvider } from './provider-api.mjs';

const mismatches = new Set();

const server = await serveProvider(
  Number(process.env.IDENTITY_SANDBOX_PORT ?? 4050),
  async (req, res, url, body) => {
    if (req.method !== 'POST' || url.pathname !== '/verifications') return false;
    if (typeof body.name !== 'string' || typeof body.id_number !== 'string') {
      send(res, 400, { message: 'name and id_number are required strings' });
      return true;
    }
    const mismatch =
      /mismatch/i.test(body.name) || body.name.includes('冒名') || mismatches.has(body.id_number);
    send(res, 200, {
      reference: `idv_${randomBytes(8).toString('hex')}`,
      verdict: mismatch ? 'MISMATCH' : 'MATCH',
    });
    return true;
  },
  async (req, res, url, body) => {
    if (req.method !== 'PUT' || url.pathname !== '/admin/mismatches') return false;
    mismatches.add(String(body.id_number));
    send(res, 200, { mismatches: mismatches.size });
    return true;
  },
);
announce(server);
