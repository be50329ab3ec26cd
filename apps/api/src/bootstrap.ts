import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { type GraphQLSchema } from 'graphql';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { applyHttpSecurity } from './auth/http-security';
import { type AppConfig } from './config/config';
import { QueryCountingLogger } from './database/query-counter';
import { SubscriptionPages } from './delivery/subscription-pages';
import { RequestMetrics } from './observability/request-metrics';
import { PictureAnswers } from './situation-picture/picture-answers';

/** Paths that belong to the API; every other GET is a dashboard route. */
const API_PREFIXES = [
  '/graphql',
  '/graphiql',
  '/health',
  '/metrics',
  '/api/',
  '/status/feed',
  '/status/subscriptions/',
  '/status/unsubscribe/',
];

export interface CreateAppOptions {
  /** Collects SQL statement counts (tests). */
  queryLogger?: QueryCountingLogger;
  /** Quiet Nest's own start-up log (tests). */
  quiet?: boolean;
}

/** Builds the whole application; `main.ts` and the tests both start it through here. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Only configured proxies may name the client address (X-Forwarded-For); see docs/adr/0008.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.queryLogger ?? new QueryCountingLogger(true)),
    adapter,
    // While starting, failures are reported by main.ts as one line, not by Nest's stack traces.
    { logger: ['warn'], abortOnError: false },
  );
  app.useLogger(options.quiet ? ['error'] : ['error', 'warn']);
  app.enableShutdownHooks();
  await applyHttpSecurity(app, config);
  const fastify = app.getHttpAdapter().getInstance();
  app.get(RequestMetrics).install(fastify);
  app
    .get(PictureAnswers)
    .install(
      fastify,
      () => (fastify as unknown as { graphql?: { schema: GraphQLSchema } }).graphql?.schema,
    );
  await app.get(SubscriptionPages).install(fastify);
  await serveDashboard(app, config);
  return app;
}

/** Serves the built dashboard at `/`, with every unknown GET answered by its index.html. */
async function serveDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const webDist = config.webDist ?? resolve(__dirname, '..', '..', 'web', 'dist');
  if (!existsSync(join(webDist, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  fastify.get('/*', (request, reply) => {
    if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) {
      return reply.code(404).send({ message: 'Not found' });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
