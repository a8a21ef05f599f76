import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface SandboxMessage {
  idempotency_key: string;
  to: string;
  text: string;
  subject?: string;
  message_id?: string;
}

/** One sandbox process (scripts/sandbox/), on free ports, and its listing API. */
export class Sandbox {
  private constructor(
    private readonly child: ChildProcess,
    readonly ports: { http: number; smtp?: number },
  ) {}

  static async start(script: string, env: Record<string, string>): Promise<Sandbox> {
    const child = spawn(process.execPath, [resolve(ROOT, 'scripts/sandbox', script)], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((ok, fail) => {
      createInterface({ input: child.stdout }).once('line', ok);
      child.once('exit', (code) => fail(new Error(`${script} exited with ${code}`)));
    });
    return new Sandbox(child, JSON.parse(line) as { http: number; smtp?: number });
  }

  get api(): string {
    return `http://127.0.0.1:${this.ports.http}`;
  }

  async messages(to?: string): Promise<SandboxMessage[]> {
    const query = to ? `?to=${encodeURIComponent(to)}` : '';
    return (await (await fetch(`${this.api}/messages${query}`)).json()) as SandboxMessage[];
  }

  async stats(): Promise<{ received: number; duplicates: number }> {
    return (await (await fetch(`${this.api}/stats`)).json()) as {
      received: number;
      duplicates: number;
    };
  }

  async hold(ms: number): Promise<void> {
    await fetch(`${this.api}/hold`, { method: 'PUT', body: JSON.stringify({ ms }) });
  }

  /** The six digits of the newest message to `to`, waiting up to `timeoutMs` for `count` of them. */
  async codeFor(to: string, count = 1, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const messages = await this.messages(to);
      if (messages.length >= count) return /\b(\d{6})\b/.exec(messages.at(-1)!.text)![1];
      if (Date.now() > deadline)
        throw new Error(
          `no message #${count} to ${to} within ${timeoutMs} ms (${messages.length})`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
  }
}

export interface Sandboxes {
  mail: Sandbox;
  sms: Sandbox;
  /** SMTP_URL and SMS_PROVIDER_URL for the apps under test. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The local SMTP sink and sandbox SMS provider, each its own process on free ports. */
export async function startSandboxes(): Promise<Sandboxes> {
  const [mail, sms] = await Promise.all([
    Sandbox.start('smtp-sink.mjs', { SMTP_SINK_PORT: '0', SMTP_SINK_HTTP_PORT: '0' }),
    Sandbox.start('sms-provider.mjs', { SMS_SANDBOX_PORT: '0' }),
  ]);
  return {
    mail,
    sms,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${mail.ports.smtp}`,
      SMS_PROVIDER_URL: `http://127.0.0.1:${sms.ports.http}`,
    },
    stop: async () => void (await Promise.all([mail.stop(), sms.stop()])),
  };
}

export type ProviderMode = 'ok' | 'fail' | 'timeout' | 'slow';

/** Tells a third-party sandbox (carrier, identity, moderation) how to behave from now on. */
export async function behave(
  sandbox: Sandbox,
  mode: ProviderMode,
  delayMs?: number,
): Promise<void> {
  const res = await fetch(`${sandbox.api}/admin/behaviour`, {
    method: 'PUT',
    body: JSON.stringify({ mode, ...(delayMs === undefined ? {} : { delay_ms: delayMs }) }),
  });
  if (!res.ok) throw new Error(`behaviour ${mode}: ${res.status}`);
}

/** The API calls a third-party sandbox has seen (admin calls not counted). */
export async function providerCalls(sandbox: Sandbox): Promise<number> {
  return ((await (await fetch(`${sandbox.api}/admin/stats`)).json()) as { calls: number }).calls;
}

export interface ThirdpartySandboxes {
  carrier: Sandbox;
  identity: Sandbox;
  moderation: Sandbox;
  carrierWebhookSecret: string;
  /** CARRIER_URL, CARRIER_WEBHOOK_SECRET, IDENTITY_PROVIDER_URL, MODERATION_PROVIDER_URL. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The sandbox carrier, identity and moderation providers, each its own process on a free port. */
export async function startThirdpartySandboxes(
  carrierEnv: Record<string, string> = {},
): Promise<ThirdpartySandboxes> {
  const carrierWebhookSecret = `carrier-${Math.random().toString(36).slice(2)}-secret`;
  const [carrier, identity, moderation] = await Promise.all([
    Sandbox.start('carrier-provider.mjs', {
      CARRIER_SANDBOX_PORT: '0',
      CARRIER_WEBHOOK_SECRET: carrierWebhookSecret,
      CARRIER_RETRY_BASE_MS: '100',
      ...carrierEnv,
    }),
    Sandbox.start('identity-provider.mjs', { IDENTITY_SANDBOX_PORT: '0' }),
    Sandbox.start('moderation-provider.mjs', { MODERATION_SANDBOX_PORT: '0' }),
  ]);
  return {
    carrier,
    identity,
    moderation,
    carrierWebhookSecret,
    env: {
      CARRIER_URL: carrier.api,
      CARRIER_WEBHOOK_SECRET: carrierWebhookSecret,
      IDENTITY_PROVIDER_URL: identity.api,
      MODERATION_PROVIDER_URL: moderation.api,
    },
    stop: async () =>
      void (await Promise.all([carrier.stop(), identity.stop(), moderation.stop()])),
  };
}

/**
 * The sandbox moderation provider alone (the catalog's review), and the environment that points
 * the third-party context at it: short timeouts, and a circuit that the suite's few failed calls
 * do not open (a retry right after the provider recovers reaches it).
 */
export async function startModerationSandbox(): Promise<{
  sandbox: Sandbox;
  env: Record<string, string>;
}> {
  const sandbox = await Sandbox.start('moderation-provider.mjs', { MODERATION_SANDBOX_PORT: '0' });
  return {
    sandbox,
    env: {
      MODERATION_PROVIDER_URL: sandbox.api,
      THIRDPARTY_TIMEOUT_MS: '1000',
      THIRDPARTY_ATTEMPTS: '2',
      THIRDPARTY_BREAK_AFTER: '100',
    },
  };
}
