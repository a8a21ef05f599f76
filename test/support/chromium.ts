import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { unavailable } from './needs.js';

// Quiet and offline: no first-run UI, no update, sync or component downloads, no QUIC probing.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (/usr/bin/chromium, else `chromium` on PATH), or null after unavailable(). */
export function chromiumPath(what: string): string | null {
  const candidates = [
    '/usr/bin/chromium',
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'chromium')),
  ];
  const found = candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (found) return found;
  unavailable(what, 'Chromium is not installed (apt-get install chromium; .ci/run does it)');
  return null;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium driven by playwright-core, on a fresh profile removed by close(). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'nestmall-chromium-'));
  // A persistent context is how playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
