import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type AddressInfo } from 'node:net';
import { HttpAdapterHost } from '@nestjs/core';
import {
  type AnnouncementChannel,
  announcementText,
  type CommunicationLocale,
  isCommunicationLocale,
} from '@lagebild/domain';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { isDatabaseUnavailable } from '../database/database-availability';
import { PUBLIC_STATUS_PICTURE, type PublicStatusPicture } from '../situation-picture/pictures';
import { type PageIdentity, pageIdentity } from './status-page.mapper';
import { type PublicStatusView } from './status-page.service';

/**
 * The public, read-only status resources for widgets, aggregators and feed readers. Any
 * origin may read them (a shop embeds its status on its own site); they carry nothing that is
 * not on the public page anyway. They are plain Fastify routes, not a Nest controller: they
 * are public by nature, answer bytes rendered once per picture, and are the most requested
 * resources on the worst day, when every request the server spares counts.
 */
@Injectable()
export class StatusPageRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(PUBLIC_STATUS_PICTURE) private readonly picture: PublicStatusPicture,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get('/api/v2/summary.json', (_request, reply) =>
      this.send(reply, 'application/json; charset=utf-8', (status, page) =>
        status.summaryJson(page),
      ),
    );
    fastify.get('/status/feed.atom', (_request, reply) =>
      this.send(reply, 'application/atom+xml; charset=utf-8', (status, page) =>
        status.atomFeed(page),
      ),
    );
    // The help desk's auto-responder and the phone system pull these and repeat them.
    fastify.get('/status/auto-reply.txt', (request, reply) =>
      this.announcement(request, reply, 'AUTO_REPLY'),
    );
    fastify.get('/status/phone-announcement.txt', (request, reply) =>
      this.announcement(request, reply, 'PHONE_ANNOUNCEMENT'),
    );
  }

  /**
   * The text that stands for the channel as `text/plain`, in the language asked (`?lang=de|en`,
   * else the client's Accept-Language, else German); `Content-Language` says which language it
   * really is. 204 when nothing stands, so a puller stops repeating an old text.
   */
  private async announcement(
    request: FastifyRequest,
    reply: FastifyReply,
    channel: AnnouncementChannel,
  ): Promise<FastifyReply> {
    const { lang } = request.query as { lang?: unknown };
    if (lang !== undefined && (typeof lang !== 'string' || !isCommunicationLocale(lang))) {
      return reply
        .code(400)
        .send({ code: 'BAD_USER_INPUT', message: 'lang must be one of de, en.' });
    }
    const locale = lang ?? localeOfAcceptLanguage(request.headers['accept-language']);
    const status = await this.current();
    if (!status) return this.unavailable(reply);
    const answer = status.view.announcements[channel][locale];
    reply
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', 'public, max-age=30')
      .header('vary', 'accept-language');
    const [newest] = answer.texts;
    if (!newest) return reply.code(204).send();
    return reply
      .code(200)
      .header('content-type', 'text/plain; charset=utf-8')
      .header('content-language', answer.locale)
      .header('last-modified', newest.publishedAt.toUTCString())
      .send(`${announcementText(answer)}\n`);
  }

  /**
   * The current picture; while the database is unreachable the last one computed (changes made
   * just before the outage are not in it yet); `undefined` when there was none.
   */
  private async current(): Promise<Awaited<ReturnType<PublicStatusPicture['read']>> | undefined> {
    const fresh = this.picture.fresh();
    if (fresh) return fresh;
    try {
      return await this.picture.read();
    } catch (error) {
      return isDatabaseUnavailable(error) ? this.picture.lastComputed() : undefined;
    }
  }

  private unavailable(reply: FastifyReply): FastifyReply {
    return reply
      .code(503)
      .header('retry-after', '30')
      .send({ code: 'SERVICE_UNAVAILABLE', message: 'The status is not available yet.' });
  }

  private async send(
    reply: FastifyReply,
    contentType: string,
    render: (
      status: Awaited<ReturnType<PublicStatusPicture['read']>>,
      page: PageIdentity,
    ) => string | Buffer,
  ): Promise<FastifyReply> {
    // The bytes are rendered once per picture (and base URL), not once per request. Without a
    // picture (the database was unreachable since the start) there is nothing true to say.
    const status = await this.current();
    if (!status) return this.unavailable(reply);
    return reply
      .code(200)
      .header('content-type', contentType)
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', 'public, max-age=30')
      .send(render(status, this.page(status.view)));
  }

  /**
   * Links start from the organisation's public URL, else `LAGEBILD_PUBLIC_URL`, else the
   * address this server listens on — never from the request: a forged `Host` or
   * `X-Forwarded-Host` must not put another site's address into what caches and readers keep.
   */
  private page(view: PublicStatusView): PageIdentity {
    const base = view.organisation.publicUrl ?? this.config.publicUrl ?? this.listenBase();
    return pageIdentity(view, base);
  }

  private listenBase(): string {
    const address = this.adapterHost.httpAdapter.getHttpServer().address() as AddressInfo | null;
    return listenBaseUrl(this.config.host, address?.port ?? this.config.port);
  }
}

/** The server's own address as a base URL; a wildcard address is reached as localhost. */
export function listenBaseUrl(host: string, port: number): string {
  const name = ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** The first of our languages the client prefers (by order of Accept-Language); German else. */
function localeOfAcceptLanguage(header: string | undefined): CommunicationLocale {
  for (const part of (header ?? '').split(',')) {
    const primary = part.trim().split(/[-;]/)[0]?.toLowerCase() ?? '';
    if (isCommunicationLocale(primary)) return primary;
  }
  return 'de';
}
