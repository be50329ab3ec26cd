import { Injectable } from '@nestjs/common';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { SubscriptionsService, type TokenOutcome } from './subscriptions.service';

type Locale = 'de' | 'en';

const TEXTS = {
  confirmTitle: { de: 'Statusmeldungen bestätigen', en: 'Confirm status updates' },
  confirmAsk: {
    de: 'Bitte bestätigen Sie, dass Sie Statusmeldungen an diese Adresse erhalten möchten.',
    en: 'Please confirm that you want status updates at this address.',
  },
  confirmButton: { de: 'Bestätigen', en: 'Confirm' },
  confirmed: {
    de: 'Danke! Sie erhalten ab jetzt Statusmeldungen. Jede Nachricht enthält einen Link zum Abbestellen.',
    en: 'Thank you! You will now receive status updates. Every message carries a link to stop them.',
  },
  confirmFailed: {
    de: 'Dieser Bestätigungslink ist abgelaufen oder unbekannt. Bitte melden Sie sich auf der Statusseite erneut an.',
    en: 'This confirmation link has expired or is unknown. Please subscribe again on the status page.',
  },
  unsubscribeTitle: { de: 'Statusmeldungen abbestellen', en: 'Stop status updates' },
  unsubscribeAsk: {
    de: 'Möchten Sie keine Statusmeldungen mehr an diese Adresse erhalten?',
    en: 'Do you want to stop status updates to this address?',
  },
  unsubscribeButton: { de: 'Abbestellen', en: 'Unsubscribe' },
  unsubscribed: {
    de: 'Erledigt: Sie erhalten keine Statusmeldungen mehr.',
    en: 'Done: you will receive no more status updates.',
  },
  unsubscribeUnknown: {
    de: 'Dieser Link ist unbekannt.',
    en: 'This link is unknown.',
  },
  statusPage: { de: 'Zur Statusseite', en: 'To the status page' },
  customerTitle: { de: 'Hinweise abbestellen', en: 'Stop notices' },
  customerAsk: {
    de: 'Möchten Sie keine Hinweise zu Ihren Bestellungen mehr an diese Adresse erhalten?',
    en: 'Do you want to stop notices about your orders to this address?',
  },
  customerDone: {
    de: 'Erledigt: Sie erhalten keine Hinweise zu Ihren Bestellungen mehr.',
    en: 'Done: you will receive no more notices about your orders.',
  },
} satisfies Record<string, Record<Locale, string>>;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

function page(locale: Locale, title: string, content: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1d4ed8;color:#fff;cursor:pointer}
a{color:#1d4ed8}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${content}
<p><a href="/status">${escapeHtml(TEXTS.statusPage[locale])}</a></p></main></body></html>`;
}

function preferredLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  return /^\s*de\b/i.test(String(header)) ? 'de' : 'en';
}

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  // The token is in the URL: no caching, and no Referer to other sites.
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

/**
 * The pages behind the links in subscriber mails. Plain HTML forms that work without
 * JavaScript. A GET only shows a button and changes nothing (mail scanners follow links);
 * the POST acts. The unsubscribe POST is RFC 8058's one-click: no login, no cookie, no redirect.
 */
@Injectable()
export class SubscriptionPages {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  async install(fastify: FastifyInstance): Promise<void> {
    await fastify.register(async (scope) => {
      // RFC 8058 posts `List-Unsubscribe=One-Click` as a form; its content is not needed.
      scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) =>
        done(null, body),
      );
      scope.get<{ Params: { token: string } }>(
        '/status/subscriptions/confirm/:token',
        async (request, reply) => {
          const locale = preferredLocale(request);
          return send(
            reply,
            200,
            page(
              locale,
              TEXTS.confirmTitle[locale],
              `<p>${escapeHtml(TEXTS.confirmAsk[locale])}</p><form method="post"><button type="submit">${escapeHtml(TEXTS.confirmButton[locale])}</button></form>`,
            ),
          );
        },
      );
      scope.post<{ Params: { token: string } }>(
        '/status/subscriptions/confirm/:token',
        async (request, reply) => {
          const outcome = await this.subscriptions.confirm(request.params.token);
          return this.result(request, reply, outcome, 'confirm');
        },
      );
      scope.get<{ Params: { token: string } }>(
        '/status/unsubscribe/:token',
        async (request, reply) => {
          const locale =
            (await this.subscriptions.localeOfUnsubscribeToken(request.params.token)) ??
            preferredLocale(request);
          const customer = await this.subscriptions.isCustomerToken(request.params.token);
          return send(
            reply,
            200,
            page(
              locale,
              (customer ? TEXTS.customerTitle : TEXTS.unsubscribeTitle)[locale],
              `<p>${escapeHtml((customer ? TEXTS.customerAsk : TEXTS.unsubscribeAsk)[locale])}</p><form method="post"><button type="submit">${escapeHtml(TEXTS.unsubscribeButton[locale])}</button></form>`,
            ),
          );
        },
      );
      scope.post<{ Params: { token: string } }>(
        '/status/unsubscribe/:token',
        async (request, reply) => {
          const outcome = await this.subscriptions.unsubscribe(request.params.token);
          return this.result(request, reply, outcome, 'unsubscribe');
        },
      );
    });
  }

  private result(
    request: FastifyRequest,
    reply: FastifyReply,
    outcome: TokenOutcome,
    action: 'confirm' | 'unsubscribe',
  ): FastifyReply {
    const locale = outcome.locale ?? preferredLocale(request);
    const title =
      action === 'confirm'
        ? TEXTS.confirmTitle[locale]
        : (outcome.customer ? TEXTS.customerTitle : TEXTS.unsubscribeTitle)[locale];
    const text = outcome.done
      ? action === 'confirm'
        ? TEXTS.confirmed[locale]
        : (outcome.customer ? TEXTS.customerDone : TEXTS.unsubscribed)[locale]
      : action === 'confirm'
        ? TEXTS.confirmFailed[locale]
        : TEXTS.unsubscribeUnknown[locale];
    return send(reply, outcome.done ? 200 : 404, page(locale, title, `<p>${escapeHtml(text)}</p>`));
  }
}
