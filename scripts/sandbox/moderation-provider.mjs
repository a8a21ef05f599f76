#!/usr/bin/env node
// A sandbox image-moderation provider (`npm run sandbox:moderation`): an image URL in, a verdict
// and labels out. It does not fetch the image: the verdict comes from words in the URL, so tests
// and demos can choose it. Nothing leaves the machine.
//   POST /moderations {image_url} -> {reference, verdict: "APPROVE" | "REJECT", labels: [...]}
//   REJECT with the label for each of these words in the URL: nsfw -> "porn", violence ->
//   "violence", gore -> "violence", terror -> "terrorism", ad-spam -> "advertising".
//   PUT /admin/behaviour, GET /admin/stats: provider-api.mjs.
//   MODERATION_SANDBOX_PORT (4060); 0 picks a free port.
import { randomBytes } from 'node:crypto';
import { announce, send, serveProvider } from './provider-api.mjs';

const WORDS = {
  nsfw: 'porn',
  violence: 'violence',
  gore: 'violence',
  terror: 'terrorism',
  'ad-spam': 'advertising',
};

const server = await serveProvider(
  Number(process.env.MODERATION_SANDBOX_PORT ?? 4060),
  async (req, res, url, body) => {
    if (req.method !== 'POST' || url.pathname !== '/moderations') return false;
    if (typeof body.image_url !== 'string' || !/^https?:\/\//.test(body.image_url)) {
      send(res, 400, { message: 'image_url is a required http(s) URL' });
      return true;
    }
    const lower = body.image_url.toLowerCase();
    const labels = [
      ...new Set(
        Object.entries(WORDS)
          .filter(([w]) => lower.includes(w))
          .map(([, l]) => l),
      ),
    ];
    send(res, 200, {
      reference: `mod_${randomBytes(8).toString('hex')}`,
      verdict: labels.length ? 'REJECT' : 'APPROVE',
      labels,
    });
    return true;
  },
);
announce(server);
