import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  VERIFICATION_MESSAGE_REQUESTED,
  type VerificationMessageRequestedPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { CodeCrypto } from '../domain/code-crypto.js';
import type { Purpose } from '../domain/purpose.js';
import { EmailSender, SmsSender, type OutgoingMessage } from './message-senders.js';

const WHAT: Record<Purpose, string> = {
  register_by_mobile: 'to register',
  login_by_code: 'to log in',
  reset_password: 'to reset your password',
  change_mobile: 'to confirm your new mobile number',
};

/** The message of a code, in the one place its wording lives. */
export function composeMessage(
  id: string,
  payload: VerificationMessageRequestedPayload,
  code: string,
): OutgoingMessage {
  const minutes = Math.max(1, Math.round(payload.expires_in / 60));
  return {
    id,
    to: payload.destination,
    subject: `nestmall: your code ${WHAT[payload.purpose as Purpose] ?? ''}`.trim(),
    text:
      `Your nestmall code ${WHAT[payload.purpose as Purpose] ?? ''} is ${code}. ` +
      `It works once, for ${minutes} min. Nobody from nestmall will ever ask you for it.`,
  };
}

/**
 * Sends the message of each VerificationMessageRequested. A crash between the send and the
 * commit of the inbox row brings the event again, and the send is repeated with the same message
 * id (the event's): the provider de-duplicates on it, so the destination gets one message.
 */
@Injectable()
export class VerificationMessageSenderHandler extends IntegrationEventHandler<VerificationMessageRequestedPayload> {
  readonly consumer = CONSUMERS.verificationMessageSender;
  readonly types = [VERIFICATION_MESSAGE_REQUESTED];

  constructor(
    bus: EventBus,
    private readonly crypto: CodeCrypto,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<VerificationMessageRequestedPayload>): Promise<void> {
    const message = composeMessage(
      event.id,
      event.payload,
      this.crypto.unseal(event.payload.sealed_code),
    );
    await (event.payload.channel === 'email' ? this.email : this.sms).send(message);
  }
}
