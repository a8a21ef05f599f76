import { createHmac } from 'node:crypto';
import { CardPaymentProvider, WalletPaymentProvider } from './http-payment-providers.js';

const secret = 'sandbox-secret-0123456789';
const settings = { url: 'http://127.0.0.1:1', webhookSecret: secret, timeoutMs: 100 };

describe('CardPaymentProvider.verifyNotification', () => {
  const card = new CardPaymentProvider(settings);
  const body = JSON.stringify({
    id: 'evt_1',
    type: 'payment.succeeded',
    data: {
      id: 'pi_1',
      merchant_reference: 'pay_7_1',
      order_id: 7,
      amount: 2990,
      currency: 'CNY',
      status: 'succeeded',
      created: 1,
    },
  });
  const sign = (t: number, text = body, key = secret) =>
    `t=${t},v1=${createHmac('sha256', key).update(`${t}.${text}`).digest('hex')}`;
  const now = () => Math.floor(Date.now() / 1000);

  it('maps a notification whose signature verifies', () => {
    expect(card.verifyNotification(body, { 'sandbox-signature': sign(now()) })).toEqual({
      providerPaymentId: 'pi_1',
      paymentId: 'pay_7_1',
      orderId: 7,
      amountCents: 2990,
      currency: 'CNY',
      status: 'succeeded',
      refunds: [],
    });
  });

  it('refuses another secret, an altered body, a missing header and an old timestamp', () => {
    const t = now();
    expect(() =>
      card.verifyNotification(body, { 'sandbox-signature': sign(t, body, 'x'.repeat(20)) }),
    ).toThrow(/bad signature/);
    expect(() =>
      card.verifyNotification(body.replace('2990', '2991'), { 'sandbox-signature': sign(t) }),
    ).toThrow(/bad signature/);
    expect(() => card.verifyNotification(body, {})).toThrow(/bad signature/);
    expect(() => card.verifyNotification(body, { 'sandbox-signature': sign(t - 301) })).toThrow(
      /tolerance/,
    );
  });
});

describe('WalletPaymentProvider.verifyNotification', () => {
  const wallet = new WalletPaymentProvider(settings);
  const fields = {
    trade_no: 'T_1',
    out_trade_no: 'pay_7_1',
    order_id: '7',
    total_amount: '29.90',
    currency: 'CNY',
    trade_status: 'TRADE_SUCCESS',
    gmt_create: '2026-11-30T00:00:00.000Z',
    notify_id: 'n1',
  };
  const signed = (f: Record<string, string>, key = secret) => {
    const canonical = Object.keys(f)
      .sort()
      .map((k) => `${k}=${f[k]}`)
      .join('&');
    const sign = createHmac('sha256', key).update(canonical).digest('base64');
    return JSON.stringify({ ...f, sign_type: 'HMAC-SHA256', sign });
  };

  it('maps yuan to cents and trade statuses to ours when the sign verifies', () => {
    expect(wallet.verifyNotification(signed(fields))).toEqual({
      providerPaymentId: 'T_1',
      paymentId: 'pay_7_1',
      orderId: 7,
      amountCents: 2990,
      currency: 'CNY',
      status: 'succeeded',
      refunds: [],
    });
  });

  it('refuses a changed field, another secret, no sign, and bad JSON', () => {
    const altered = JSON.parse(signed(fields)) as Record<string, string>;
    altered.total_amount = '0.01';
    expect(() => wallet.verifyNotification(JSON.stringify(altered))).toThrow(/bad signature/);
    expect(() => wallet.verifyNotification(signed(fields, 'y'.repeat(20)))).toThrow(
      /bad signature/,
    );
    expect(() => wallet.verifyNotification(JSON.stringify(fields))).toThrow(/bad signature/);
    expect(() => wallet.verifyNotification('{nope')).toThrow(/not JSON/);
  });
});
