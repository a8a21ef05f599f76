import { VERIFICATION_MESSAGE_REQUESTED } from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import { FakeEventBus, recordingSenders } from '@nestmall/testing';
import { HmacCodeCrypto } from '../infrastructure/hmac-code-crypto.js';
import { VerificationMessageSenderHandler } from './verification-message-sender.handler.js';

describe('VerificationMessageSenderHandler', () => {
  it('sends each message on its channel, with the event id as its message id every time', async () => {
    const crypto = new HmacCodeCrypto('unit-test-secret-0123456789abcdef0123');
    const bus = new FakeEventBus();
    const senders = recordingSenders();
    await new VerificationMessageSenderHandler(
      bus,
      crypto,
      senders.email,
      senders.sms,
    ).onModuleInit();
    const sms = newEvent(VERIFICATION_MESSAGE_REQUESTED, {
      purpose: 'login_by_code',
      channel: 'sms',
      destination: '13900139000',
      sealed_code: crypto.seal('042917'),
      expires_in: 300,
    });
    const mail = newEvent(VERIFICATION_MESSAGE_REQUESTED, {
      purpose: 'reset_password',
      channel: 'email',
      destination: 'buyer@example.com',
      sealed_code: crypto.seal('555123'),
      expires_in: 600,
    });
    await bus.deliver(sms);
    await bus.deliver(sms); // a redelivery after a crash: the same id again
    await bus.deliver(mail);
    expect(senders.sent.map((s) => [s.channel, s.message.id, s.message.to])).toEqual([
      ['sms', sms.id, '13900139000'],
      ['sms', sms.id, '13900139000'],
      ['email', mail.id, 'buyer@example.com'],
    ]);
    expect(senders.sent[0].message.text).toContain('042917');
    expect(senders.sent[0].message.text).toContain('5 min');
    expect(senders.sent[2].message.subject).toMatch(/reset your password/);
  });
});
