import fastifyCors from '@fastify/cors';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { type AppConfig } from '../config/config';

/** Public, read-only status resources any site may read (a shop embeds its status). */
export const PUBLIC_CROSS_ORIGIN_PATHS = ['/api/v2/summary.json', '/status/feed.atom'];

const DASHBOARD_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React and the chart libraries set inline style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** GraphiQL loads its bundle from unpkg; only its own pages get this looser policy. */
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every answer and CORS closed by default: only the configured origins
 * may call the API from a browser, except the public status resources, which anyone may read.
 */
export async function applyHttpSecurity(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  // Helmet's middleware is made once: the headers are the same for every answer, and the
  // Fastify plugin rebuilt it on every request (a measurable share of a kept-picture read).
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_CSP },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/graphiql')) {
      reply.header('content-security-policy', GRAPHIQL_CSP);
    }
    done(null, payload);
  });

  const allowed = new Set(config.corsOrigins);
  await app.register(fastifyCors, {
    delegator: (request, callback) => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      if (PUBLIC_CROSS_ORIGIN_PATHS.includes(path)) {
        callback(null, { origin: '*', methods: ['GET', 'HEAD'] });
        return;
      }
      const origin = request.headers.origin;
      callback(null, {
        origin: origin !== undefined && allowed.has(origin) ? origin : false,
        credentials: true,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['content-type', 'authorization', 'x-api-key'],
        maxAge: 600,
      });
    },
  });
}
