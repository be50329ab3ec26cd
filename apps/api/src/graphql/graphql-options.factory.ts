import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type GqlOptionsFactory } from '@nestjs/graphql';
import { type MercuriusDriverConfig } from '@nestjs/mercurius';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import mqemitterRedis from 'mqemitter-redis';
import { ActorResolver, actorOfRequest, credentialsFromHeaders } from '../auth/actor-resolver';
import { codedRequestErrors, MAX_QUERY_DEPTH, queryComplexityRule } from '../auth/query-limits';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type RequestContext } from './context';
import { flattenErrors, toFormattedError } from './error-codes';
import { acceptNullExtensions } from './http-request';
import { OperationArgumentsCheck } from './operation-arguments';
import { createValidationPipe } from './validation.pipe';

/** The operation a request names (body for POST, query string for GET), if any. */
function operationNameOf(request: FastifyRequest): string | undefined {
  const source = (request.method === 'GET' ? request.query : request.body) as
    { operationName?: unknown } | null | undefined;
  const name = source?.operationName;
  return typeof name === 'string' ? name : undefined;
}

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

  private readonly argumentsCheck = new OperationArgumentsCheck(createValidationPipe());

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
      additionalRouteOptions: { preValidation: acceptNullExtensions },
      // Abuse limits with coded errors (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX); see docs/security.md.
      queryDepth: MAX_QUERY_DEPTH,
      validationRules: [queryComplexityRule],
      hooks: {
        // All arguments of the operation are checked before any field runs (docs/adr/0006).
        preExecution: [
          async (schema, document, context, variables) => {
            const issues = await this.argumentsCheck.issuesOf(
              schema,
              document,
              variables,
              operationNameOf(context.reply.request),
            );
            if (issues.length > 0) throw OperationArgumentsCheck.refusal(issues);
          },
        ],
      },
      context: async (req: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => ({
        req,
        reply,
        actor: await actorOfRequest(this.actors, req),
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
      errorFormatter: (execution) => {
        // Refusals before execution keep their HTTP status; everything else answers 200.
        let statusCode = 200;
        const errors = execution.errors.flatMap((error) => {
          const coded = codedRequestErrors(error);
          if (!coded) return [error];
          statusCode = coded.statusCode;
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
