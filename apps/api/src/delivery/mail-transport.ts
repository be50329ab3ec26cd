import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type AttemptOutcome } from '@lagebild/domain';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type OutboxMessageEntity } from './outbox-message.entity';

/**
 * Sends mail over SMTP with nodemailer when `SMTP_URL` is set. Without it there is no
 * transport at all: mail stays in the outbox, marked as not sent.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { smtpUrl } = config.delivery;
    this.transporter = smtpUrl ? createTransport(transportUrl(smtpUrl, config)) : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async send(message: OutboxMessageEntity): Promise<AttemptOutcome> {
    if (!this.transporter) return { kind: 'FAILED', error: 'no mail server configured' };
    try {
      await this.transporter.sendMail({
        from: this.config.delivery.mailFrom,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        // The outbox row's id: a receiver (or a spam filter) sees a resend as the same message.
        messageId: `<${message.id}@${messageIdDomain(this.config)}>`,
        headers: message.headers,
      });
      return { kind: 'DELIVERED' };
    } catch (error) {
      const failure = error as { responseCode?: number; message?: string };
      const text = `${failure.responseCode ?? 'SMTP'}: ${failure.message ?? String(error)}`;
      // 5xx is the server's final word about this message; anything else may pass later.
      return failure.responseCode !== undefined && failure.responseCode >= 500
        ? { kind: 'REJECTED', error: text }
        : { kind: 'FAILED', error: text };
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}

/**
 * The SMTP URL with the transport's options as query parameters, which is how nodemailer
 * reads options from a URL (a second argument would be message defaults, not transport
 * options). Pooled connections: one SMTP session carries many mails instead of a TCP and
 * TLS handshake per mail. What the operator wrote in the URL wins.
 */
export function transportUrl(smtpUrl: string, config: AppConfig): string {
  const url = new URL(smtpUrl);
  const timeout = String(config.delivery.sendTimeoutMs);
  const defaults: Record<string, string> = {
    pool: 'true',
    maxConnections: String(config.delivery.concurrency),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  };
  for (const [key, value] of Object.entries(defaults)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}

function messageIdDomain(config: AppConfig): string {
  const from = /@([^>\s]+)>?\s*$/.exec(config.delivery.mailFrom)?.[1];
  return from ?? 'lagebild.invalid';
}
