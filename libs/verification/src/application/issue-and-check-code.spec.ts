import { FakeUnitOfWork, RecordedVerificationMessages } from '@nestmall/testing';
import { CodeAttemptsExhaustedError, WrongCodeError } from '../domain/verification-code.js';
import { HmacCodeCrypto } from '../infrastructure/hmac-code-crypto.js';
import { MemoryCodeStore } from '../infrastructure/memory-code-store.js';
import { CheckCode } from './check-code.js';
import { IssueCode } from './issue-code.js';
import type { VerificationSettings } from './verification-settings.js';

function setUp(settings: Partial<VerificationSettings> = {}) {
  let now = 1_000_000;
  const store = new MemoryCodeStore(() => now);
  const crypto = new HmacCodeCrypto('unit-test-secret-0123456789abcdef0123');
  const all: VerificationSettings = {
    codeTtlMs: 300_000,
    maxAttempts: 3,
    limits: { cooldownMs: 60_000, perDestinationPerHour: 5, perClientPerHour: 30 },
    ...settings,
  };
  const messages = new RecordedVerificationMessages();
  const unitOfWork = new FakeUnitOfWork();
  const issue = new IssueCode(store, crypto, all, messages, unitOfWork);
  const check = new CheckCode(store, crypto, all);
  const mobile = '13900139000';
  const send = (purpose = 'login_by_code', destination = mobile, clientAddress = '10.0.0.1') =>
    issue.execute({ purpose, destination, clientAddress });
  const lastCode = () => crypto.unseal(messages.requested.at(-1)!.sealed_code);
  return {
    send,
    check,
    messages,
    unitOfWork,
    lastCode,
    mobile,
    advance: (ms: number) => (now += ms),
    attempt: (code: string, purpose = 'login_by_code') =>
      check.execute({ purpose, destination: mobile, code }),
  };
}

describe('IssueCode', () => {
  it('asks for one message in a unit of work, with the code sealed and never in the answer', async () => {
    const { send, messages, unitOfWork, lastCode } = setUp();
    const answer = await send();
    expect(answer).toEqual({ expires_in: 300, resend_after: 60 });
    expect(unitOfWork.committed).toBe(1);
    expect(messages.requested).toHaveLength(1);
    const [message] = messages.requested;
    expect(message).toMatchObject({ purpose: 'login_by_code', channel: 'sms', expires_in: 300 });
    expect(lastCode()).toMatch(/^\d{6}$/);
    expect(message.sealed_code).not.toContain(lastCode());
    expect(JSON.stringify(answer)).not.toContain(lastCode());
  });

  it('keeps to the cooldown per purpose and destination, and the hourly limits', async () => {
    const { send, advance } = setUp();
    await send();
    await expect(send()).rejects.toThrow(/wait 60 s/);
    await send('reset_password'); // another purpose: no cooldown, but it counts for the hour
    for (let i = 0; i < 3; i++) {
      advance(61_000);
      await send();
    }
    advance(61_000);
    await expect(send()).rejects.toThrow(/at most 5 codes an hour to one destination/);
    advance(3_600_000);
    await send();
  });

  it('limits the codes one client address may ask for', async () => {
    const { send } = setUp({
      limits: { cooldownMs: 1000, perDestinationPerHour: 5, perClientPerHour: 2 },
    });
    await send('login_by_code', '13900000001');
    await send('login_by_code', '13900000002');
    await expect(send('login_by_code', '13900000003')).rejects.toThrow(/client address/);
    await send('login_by_code', '13900000004', '10.0.0.2');
  });
});

describe('CheckCode', () => {
  it('accepts the right code once', async () => {
    const { send, attempt, lastCode } = setUp();
    await send();
    const code = lastCode();
    await attempt(code);
    await expect(attempt(code)).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('voids a code after the attempt limit, the right code included', async () => {
    const { send, attempt, lastCode } = setUp();
    await send();
    const code = lastCode();
    const wrong = code === '000000' ? '000001' : '000000';
    await expect(attempt(wrong)).rejects.toBeInstanceOf(WrongCodeError);
    await expect(attempt(wrong)).rejects.toBeInstanceOf(WrongCodeError);
    await expect(attempt(wrong)).rejects.toBeInstanceOf(CodeAttemptsExhaustedError);
    await expect(attempt(code)).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('refuses a code after its time to live', async () => {
    const { send, attempt, lastCode, advance } = setUp();
    await send();
    advance(300_001);
    await expect(attempt(lastCode())).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('refuses a code for another purpose, and keeps only the newest code of a target', async () => {
    const { send, attempt, lastCode, advance } = setUp();
    await send();
    const first = lastCode();
    await expect(attempt(first, 'reset_password')).rejects.toBeInstanceOf(WrongCodeError);
    advance(61_000);
    await send();
    const second = lastCode();
    if (first !== second) await expect(attempt(first)).rejects.toBeInstanceOf(WrongCodeError);
    await attempt(second);
  });

  it('lets exactly one of parallel attempts with the right code through', async () => {
    const { send, attempt, lastCode } = setUp({ maxAttempts: 10 });
    await send();
    const code = lastCode();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => attempt(code)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
