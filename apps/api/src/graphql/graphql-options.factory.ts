import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type GqlOptionsFactory } from '@nestjs/graphql';
import { type MercuriusDriverConfig } from '@nestjs/mercurius';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import mqemitterRedis from 'mqemitter-redis';
import { ActorResolver, credentialsFromHeaders } from '../auth/actor-resolver';
import { codedRequestErrors, MAX_QUERY_DEPTH, queryLimitsRule } from '../auth/query-limits';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type RequestContext } from './context';
import { flattenErrors, toFormattedError } from './error-codes';
import { checkGraphqlRequest, requestRefusalOf } from './http-request';

/**
 * Mercurius on Fastify with graphql-jit (see docs/adr/0001): code-first schema, one context
 * per request with the actor and fresh DataLoaders, subscriptions over graphql-ws.
 */
@Injectable()
export class GraphqlOptionsFactory
  implements GqlOptionsFactory<MercuriusDriverConfig>, OnApplicationShutdown
{
  private readonly logger = new Logger('LiveEvents');
  /** Redis connections for cross-instance events; Mercurius does not close them itself. */
  private redisEmitter: ReturnType<typeof mqemitterRedis> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly actors: ActorResolver,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    const emitter = this.redisEmitter;
    this.redisEmitter = undefined;
    if (emitter) await new Promise<void>((resolve) => emitter.close(() => resolve()));
  }

  createGqlOptions(): MercuriusDriverConfig {
    if (this.config.redisUrl && !this.redisEmitter) {
      const url = this.config.redisUrl;
      this.redisEmitter = mqemitterRedis({
        // A subscriber connection may not send INFO: the ready check after a reconnect would
        // fail on it and end the process.
        subConn: new Redis(url, { enableReadyCheck: false }),
        pubConn: new Redis(url, { enableAutoPipelining: true }),
      });
      // Redis carries live events only: losing it degrades them, it must not end the process.
      (this.redisEmitter as unknown as { state: EventEmitter }).state.on('error', (error: Error) =>
        this.logger.warn(`Live events through Redis failed: ${error.message}`),
      );
    }
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      graphiql: true,
      jit: 1,
      additionalRouteOptions: { preValidation: checkGraphqlRequest },
      // Abuse limits with coded errors (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX); see docs/security.md.
      queryDepth: MAX_QUERY_DEPTH,
      validationRules: [queryLimitsRule],
      context: async (req: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => ({
        req,
        reply,
        actor: await this.actors.resolve(credentialsFromHeaders(req.headers)),
        loaders: new Map(),
      }),
      subscription: {
        ...(this.redisEmitter ? { emitter: this.redisEmitter } : {}),
        // Browsers cannot set headers on a WebSocket: the token travels in connection_init.
        onConnect: async ({ payload }: { payload: unknown }) => {
          const params = (payload ?? {}) as Record<string, string | undefined>;
          const actor = await this.actors.resolve(
            credentialsFromHeaders({
              authorization: params['authorization'] ?? params['Authorization'],
              'x-api-key': params['apiKey'],
            }),
          );
          return { actor, loaders: new Map() };
        },
      },
      errorFormatter: (execution, context) => {
        // Refusals before execution keep their HTTP status; everything else answers 200.
        let statusCode = 200;
        const errors = execution.errors.flatMap((error) => {
          const coded = codedRequestErrors(error) ?? requestRefusalOf(error);
          if (!coded) return [error];
          statusCode = coded.statusCode;
          if ('allow' in coded && coded.allow) {
            (context as { reply?: FastifyReply } | undefined)?.reply?.header('allow', coded.allow);
          }
          return coded.errors;
        });
        return {
          statusCode,
          response: {
            data: execution.data ?? null,
            errors: flattenErrors(errors).map(toFormattedError),
          },
        };
      },
    };
  }
}
