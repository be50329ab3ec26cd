import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PUBLIC_STATUS_PICTURE, type PublicStatusPicture } from '../situation-picture/pictures';
import { type PageIdentity } from './status-page.mapper';

/**
 * The public, read-only status resources for widgets, aggregators and feed readers. Any
 * origin may read them (a shop embeds its status on its own site); they carry nothing that is
 * not on the public page anyway.
 */
@Controller()
export class StatusPageController {
  constructor(
    @Inject(PUBLIC_STATUS_PICTURE) private readonly picture: PublicStatusPicture,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('api/v2/summary.json')
  @Public()
  async summary(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // The bytes are rendered once per picture (and base URL), not once per request.
    const body = (await this.picture.read()).summaryJson(this.page(request));
    await publicResource(reply, 'application/json; charset=utf-8').send(body);
  }

  @Get('status/feed.atom')
  @Public()
  async feed(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const body = (await this.picture.read()).atomFeed(this.page(request));
    await publicResource(reply, 'application/atom+xml; charset=utf-8').send(body);
  }

  private page(request: FastifyRequest): PageIdentity {
    const base =
      this.config.publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    return { id: 'lagebild', name: 'Lagebild', baseUrl: base.replace(/\/+$/, '') };
  }
}

function publicResource(reply: FastifyReply, contentType: string): FastifyReply {
  return reply
    .code(200)
    .header('content-type', contentType)
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('cache-control', 'public, max-age=30');
}
