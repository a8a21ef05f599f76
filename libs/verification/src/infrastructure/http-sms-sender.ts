import { SmsSender, type OutgoingMessage } from '../application/message-senders.js';

/**
 * SMS through an HTTP provider at SMS_PROVIDER_URL: POST /messages {to, text} with the message's
 * id as Idempotency-Key (a provider answers a repeated key with the first answer, sending once).
 * The local sandbox (scripts/sandbox/sms-provider.mjs) speaks the same API; a real provider
 * plugs in as another SmsSender with its own request shape.
 */
export class HttpSmsSender extends SmsSender {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async send(message: OutgoingMessage): Promise<void> {
    const response = await fetch(new URL('/messages', this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
      body: JSON.stringify({ to: message.to, text: message.text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    // The body may echo the text (the code): only the status goes into the error.
    if (!response.ok) throw new Error(`the SMS provider answered ${response.status}`);
    await response.body?.cancel();
  }
}
