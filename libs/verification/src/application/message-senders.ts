/**
 * A message to one destination. `id` is the same on every attempt to send it (the outbox event's
 * id): providers de-duplicate on it, so a send retried after a crash delivers once.
 */
export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** E-mail (SMTP in infrastructure/). */
export abstract class EmailSender {
  abstract send(message: OutgoingMessage): Promise<void>;
}

/** SMS (an HTTP provider in infrastructure/). */
export abstract class SmsSender {
  abstract send(message: OutgoingMessage): Promise<void>;
}
