// The third-party adapters against the real sandbox processes (scripts/sandbox/*-provider.mjs):
// the timeout, the retries and the circuit breaker (cockatiel) of each provider's port, with the
// sandbox told to fail, hang or answer slowly through its admin endpoint. No database or broker.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  HttpCarrierProvider,
  HttpIdentityProvider,
  HttpModerationProvider,
  ProviderUnavailableError,
} from '@nestmall/thirdparty';
import {
  behave,
  providerCalls,
  startThirdpartySandboxes,
  type ThirdpartySandboxes,
} from './support/sandboxes.js';

const RESILIENCE = { timeoutMs: 300, attempts: 2, breakAfter: 4, halfOpenAfterMs: 1500 };

let sandboxes: ThirdpartySandboxes;
let carrier: HttpCarrierProvider;

const shipment = (n: number) => ({
  reference: `order-${n}`,
  recipient: '张三',
  mobile: '13800138000',
  address: '北京市 东城区 东华门街道 1 号',
  notifyUrl: 'http://127.0.0.1:9/none',
  idempotencyKey: `ship-${n}`,
});

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  sandboxes = await startThirdpartySandboxes();
  carrier = new HttpCarrierProvider(
    'sandbox-express',
    sandboxes.carrier.api,
    sandboxes.carrierWebhookSecret,
    RESILIENCE,
  );
});

afterAll(async () => {
  await sandboxes?.stop();
});

describe('the carrier port', () => {
  it('creates one shipment per idempotency key, and the query API tracks it', async () => {
    const first = await carrier.createShipment(shipment(1));
    const again = await carrier.createShipment(shipment(1));
    expect(again.trackingNumber).toBe(first.trackingNumber);
    const tracked = await carrier.track(first.trackingNumber);
    expect(tracked).toMatchObject({ reference: 'order-1', status: 'CREATED', events: [] });
  });

  it('fails, times out, opens its circuit (503 naming the carrier, no call made) and closes again', async () => {
    await behave(sandboxes.carrier, 'fail');
    const failing = await carrier.createShipment(shipment(2)).catch((e: unknown) => e);
    expect(failing).toBeInstanceOf(ProviderUnavailableError);
    expect((failing as Error).message).toMatch(/carrier sandbox-express .*answered 503/);

    await behave(sandboxes.carrier, 'timeout');
    const hanging = await carrier.createShipment(shipment(2)).catch((e: unknown) => e);
    expect((hanging as Error).message).toMatch(/no answer within 300 ms|circuit open/);
    // 2 calls x 2 attempts: the breaker saw 4 consecutive failures.
    expect(carrier.calls.circuit).toBe('open');

    const before = await providerCalls(sandboxes.carrier);
    const open = await carrier.createShipment(shipment(2)).catch((e: unknown) => e);
    expect(open).toBeInstanceOf(ProviderUnavailableError);
    expect((open as ProviderUnavailableError).code).toBe('UNAVAILABLE');
    expect((open as Error).message).toMatch(/carrier sandbox-express .*circuit open/);
    expect(await providerCalls(sandboxes.carrier)).toBe(before);

    // The carrier comes back: after halfOpenAfter one trial call goes through and closes it.
    await behave(sandboxes.carrier, 'ok');
    await until(async () => {
      try {
        await carrier.createShipment(shipment(3));
        return true;
      } catch (error) {
        expect((error as Error).message).toMatch(/circuit open/);
        return false;
      }
    });
    expect(carrier.calls.circuit).toBe('closed');
  });

  it('waits for a slow carrier within its timeout, and gives up on a slower one', async () => {
    await behave(sandboxes.carrier, 'slow', 100);
    await expect(carrier.createShipment(shipment(4))).resolves.toHaveProperty('trackingNumber');
    await behave(sandboxes.carrier, 'slow', 1000);
    await expect(carrier.track('SXNONE')).rejects.toThrow(/no answer within 300 ms/);
    await behave(sandboxes.carrier, 'ok');
  });
});

describe('the identity and moderation ports', () => {
  it("return the sandbox's verdicts", async () => {
    const identity = new HttpIdentityProvider('sandbox-id', sandboxes.identity.api, RESILIENCE);
    await expect(identity.verify('张三', '11010519491231002X')).resolves.toMatchObject({
      verdict: 'MATCH',
    });
    await expect(identity.verify('Mismatch Li', '11010519491231002X')).resolves.toMatchObject({
      verdict: 'MISMATCH',
    });
    const moderation = new HttpModerationProvider(
      'sandbox-mod',
      sandboxes.moderation.api,
      RESILIENCE,
    );
    await expect(moderation.moderate('https://img.example/shoe.jpg')).resolves.toMatchObject({
      verdict: 'APPROVE',
      labels: [],
    });
    await expect(moderation.moderate('https://img.example/nsfw-gore.jpg')).resolves.toMatchObject({
      verdict: 'REJECT',
      labels: ['porn', 'violence'],
    });
  });

  it('time out on a hanging provider with a 503 naming it', async () => {
    const identity = new HttpIdentityProvider('sandbox-id', sandboxes.identity.api, {
      ...RESILIENCE,
      attempts: 1,
    });
    await behave(sandboxes.identity, 'timeout');
    await expect(identity.verify('张三', '11010519491231002X')).rejects.toThrow(
      /identity sandbox-id provider is unavailable: no answer within 300 ms/,
    );
    await behave(sandboxes.identity, 'ok');
  });
});
