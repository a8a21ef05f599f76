import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A built app started as a person would start it, with only the given environment (and PATH). */
export class AppOutput {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private partial = '';

  constructor(app: string, env: Record<string, string>) {
    const file = join(ROOT, `dist/apps/${app}/src/main.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    this.child = spawn(process.execPath, [file], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // One list for both streams, in the order the lines arrive, as a terminal shows them.
    for (const stream of [this.child.stdout!, this.child.stderr!])
      stream.on('data', (chunk: Buffer) => this.take(String(chunk)));
    this.exited = new Promise((r) => this.child.once('exit', (code) => r(code)));
  }

  /** Resolves when a line matches `pattern`; fails if the app exits first or `ms` pass. */
  async waitFor(pattern: RegExp, ms = 45_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const line = this.lines.find((l) => pattern.test(l));
      if (line) return line;
      if (this.child.exitCode !== null || Date.now() > deadline)
        throw new Error(
          `no line matching ${pattern} (exit ${this.child.exitCode}):\n${this.text()}`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  text(): string {
    return [...this.lines, this.partial].join('\n');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await this.exited;
      clearTimeout(timer);
    }
  }

  private take(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop()!;
    this.lines.push(...parts);
  }
}
