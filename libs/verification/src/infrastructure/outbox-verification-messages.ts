import { Injectable } from '@nestjs/common';
import {
  VERIFICATION_MESSAGE_REQUESTED,
  type VerificationMessageRequestedPayload,
} from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { VerificationMessages } from '../application/verification-messages.js';

/** VerificationMessageRequested into the outbox of the running unit of work. */
@Injectable()
export class OutboxVerificationMessages extends VerificationMessages {
  constructor(private readonly outbox: Outbox) {
    super();
  }

  request(payload: VerificationMessageRequestedPayload): Promise<void> {
    return this.outbox.append([newEvent(VERIFICATION_MESSAGE_REQUESTED, payload)]);
  }
}
