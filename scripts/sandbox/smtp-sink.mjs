#!/usr/bin/env node
// A local SMTP server for development and tests (`npm run sandbox:mail`): it accepts every
// message (smtp-server), parses it (mailparser) and keeps it in memory, readable over HTTP
// (http-api.mjs). It keeps one message per Message-ID, as providers that honour an idempotency
// key do: a sender that retries after a crash delivers once. Nothing is relayed anywhere.
//   SMTP_SINK_PORT (1025), SMTP_SINK_HTTP_PORT (1080); 0 picks a free port. Prints its ports as
//   one JSON line on stdout.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { hold, Inbox, serveApi } from './http-api.mjs';

const inbox = new Inbox();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  async onData(stream, _session, callback) {
    try {
      const mail = await simpleParser(stream);
      const key = mail.messageId ?? `${Date.now()}-${Math.random()}`;
      inbox.accept(key, {
        message_id: mail.messageId,
        from: mail.from?.text ?? '',
        to: mail.to
          ? [mail.to]
              .flat()
              .map((a) => a.text)
              .join(', ')
          : '',
        subject: mail.subject ?? '',
        text: (mail.text ?? '').trim(),
      });
      // Stored before the answer: a sender killed while it waits has delivered already.
      await hold(inbox);
      callback();
    } catch (error) {
      callback(error);
    }
  },
});

const port = (name, fallback) => Number(process.env[name] ?? fallback);
await new Promise((resolve) => smtp.listen(port('SMTP_SINK_PORT', 1025), '127.0.0.1', resolve));
const http = await serveApi(inbox, port('SMTP_SINK_HTTP_PORT', 1080));
console.log(JSON.stringify({ smtp: smtp.server.address().port, http: http.address().port }));
const stop = () => smtp.close(() => http.close(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
