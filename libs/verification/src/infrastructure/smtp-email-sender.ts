import { createTransport, type Transporter } from 'nodemailer';
import type { OnModuleDestroy } from '@nestjs/common';
import { EmailSender, type OutgoingMessage } from '../application/message-senders.js';

/**
 * E-mail over SMTP (nodemailer) to SMTP_URL: a local sink in development and tests
 * (scripts/sandbox/smtp-sink.mjs), a real relay in production. The Message-ID is derived from
 * the message's id, the same on every retry: the sink, like providers that honour it, keeps one.
 */
export class SmtpEmailSender extends EmailSender implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    super();
    this.transport = createTransport({
      url,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@verification.nestmall>`,
      headers: { 'X-Idempotency-Key': message.id },
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
