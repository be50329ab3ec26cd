import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type AddressInfo } from 'node:net';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance, type FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config';
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
    let status = this.picture.fresh();
    if (!status) {
      try {
        status = await this.picture.read();
      } catch {
        return reply
          .code(503)
          .header('retry-after', '30')
          .send({ code: 'SERVICE_UNAVAILABLE', message: 'The status is not available yet.' });
      }
    }
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
