import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
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
    fastify.get('/api/v2/summary.json', (request, reply) =>
      this.send(request, reply, 'application/json; charset=utf-8', (status, page) =>
        status.summaryJson(page),
      ),
    );
    fastify.get('/status/feed.atom', (request, reply) =>
      this.send(request, reply, 'application/atom+xml; charset=utf-8', (status, page) =>
        status.atomFeed(page),
      ),
    );
  }

  private async send(
    request: FastifyRequest,
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
      .send(render(status, this.page(request, status.view)));
  }

  private page(request: FastifyRequest, view: PublicStatusView): PageIdentity {
    const { organisation } = view;
    const base =
      organisation.publicUrl ??
      this.config.publicUrl ??
      `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    return pageIdentity(view, base);
  }
}
