import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const committed = join(root, 'libs/contracts/src/generated');

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  (function walk(d: string) {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  })(dir);
  return files;
}

describe('libs/contracts/src/generated', () => {
  it('is what `npm run proto:gen` makes from proto/ now (run it after changing a .proto)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'proto-fresh-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/proto-gen.mjs'), '--out', fresh], {
        cwd: root,
        stdio: 'pipe',
      });
      const expected = filesUnder(fresh);
      const actual = filesUnder(committed);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [path, text] of expected)
        expect({ path, text: actual.get(path) }).toEqual({ path, text });
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
