import type { VerificationMessageRequestedPayload } from '../../libs/contracts/src/events.js';
import { WrongCodeError } from '../../libs/verification/src/domain/verification-code.js';
import { VerificationMessages } from '../../libs/verification/src/application/verification-messages.js';
import {
  EmailSender,
  SmsSender,
  type OutgoingMessage,
} from '../../libs/verification/src/application/message-senders.js';

/** The outbox port of the verification context, in memory: what IssueCode asked to send. */
export class RecordedVerificationMessages extends VerificationMessages {
  readonly requested: VerificationMessageRequestedPayload[] = [];

  async request(payload: VerificationMessageRequestedPayload): Promise<void> {
    this.requested.push(payload);
  }
}

/** A sender that keeps what it was given (e-mail or SMS: the spec chooses the port). */
export function recordingSenders() {
  const sent: { channel: 'email' | 'sms'; message: OutgoingMessage }[] = [];
  class Email extends EmailSender {
    async send(message: OutgoingMessage) {
      sent.push({ channel: 'email', message });
    }
  }
  class Sms extends SmsSender {
    async send(message: OutgoingMessage) {
      sent.push({ channel: 'sms', message });
    }
  }
  return { sent, email: new Email(), sms: new Sms() };
}

/**
 * VerificationClient for the users' specs: a code is right when it is `valid`, and every check
 * is recorded (purpose, destination, subject), so a spec sees whether a code was spent.
 */
export class FakeVerificationClient {
  readonly checks: { purpose: string; destination: string; subject: string }[] = [];
  readonly issued: { purpose: string; destination: string; subject: string }[] = [];

  constructor(private readonly valid = '123456') {}

  async issueCode(input: { purpose: string; destination: string; subject?: string }) {
    this.issued.push({ ...input, subject: input.subject ?? '' });
    return { expires_in: 300, resend_after: 60 };
  }

  async checkCode(input: { purpose: string; destination: string; subject?: string; code: string }) {
    this.checks.push({
      purpose: input.purpose,
      destination: input.destination,
      subject: input.subject ?? '',
    });
    if (input.code !== this.valid) throw new WrongCodeError();
  }
}
