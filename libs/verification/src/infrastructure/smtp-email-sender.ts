import type { Transporter } from 'nodemailer';
import type { OnModuleDestroy } from '@nestjs/common';
import { EmailSender, type OutgoingMessage } from '../application/message-senders.js';

/**
 * E-mail over SMTP (nodemailer) to SMTP_URL: a local sink in development and tests
 * (scripts/sandbox/smtp-sink.mjs), a real relay in production. The Message-ID is derived from
 * the message's id, the same on every retry: the sink, like providers that honour it, keeps one.
 * nodemailer (some forty modules) is loaded with the first message, not at start-up.
 */
export class SmtpEmailSender extends EmailSender implements OnModuleDestroy {
  private transport?: Promise<Transporter>;

  constructor(
    private readonly url: string,
    private readonly from: string,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  private transporter(): Promise<Transporter> {
    this.transport ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({
        url: this.url,
        connectionTimeout: this.timeoutMs,
        greetingTimeout: this.timeoutMs,
        socketTimeout: this.timeoutMs,
      }),
    );
    return this.transport;
  }

  async send(message: OutgoingMessage): Promise<void> {
    await (
      await this.transporter()
    ).sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@verification.nestmall>`,
      headers: { 'X-Idempotency-Key': message.id },
    });
  }

  async onModuleDestroy(): Promise<void> {
    (await this.transport)?.close();
  }
}
