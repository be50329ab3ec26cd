import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import {
  assertPublicAddresses,
  type AttemptOutcome,
  isDomainError,
  signWebhook,
  webhookOutcome,
} from '@lagebild/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type OutboxMessageEntity } from './outbox-message.entity';

/** Calls webhook endpoints, signed per Standard Webhooks v1. */
@Injectable()
export class WebhookSender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Refuses URLs whose host resolves to a private or loopback address unless allowed. */
  async assertReachable(url: string): Promise<void> {
    if (this.config.delivery.allowPrivateWebhooks) return;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host)
      ? [host]
      : await lookup(host, { all: true, verbatim: true }).then(
          (found) => found.map((entry) => entry.address),
          () => [],
        );
    assertPublicAddresses(host, addresses);
  }

  async send(message: OutboxMessageEntity, secret: string, now: Date): Promise<AttemptOutcome> {
    try {
      await this.assertReachable(message.recipient);
    } catch (error) {
      if (isDomainError(error)) return { kind: 'REJECTED', error: error.message };
      throw error;
    }
    const id = `msg_${message.id}`;
    const timestamp = Math.floor(now.getTime() / 1000);
    try {
      const response = await fetch(message.recipient, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Lagebild-Webhooks/1',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(secret, id, timestamp, message.body),
        },
        body: message.body,
        // A redirect is an answer like any other non-2xx: it is retried, never followed.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.delivery.sendTimeoutMs),
      });
      await response.body?.cancel();
      return webhookOutcome(response.status);
    } catch (error) {
      const failure = error as { name?: string; message?: string; cause?: { code?: string } };
      const reason =
        failure.name === 'TimeoutError'
          ? 'timed out'
          : (failure.cause?.code ?? failure.message ?? String(error));
      return { kind: 'FAILED', error: reason };
    }
  }
}
