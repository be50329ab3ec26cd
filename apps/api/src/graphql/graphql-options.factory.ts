import { Inject, Injectable } from '@nestjs/common';
import { type GqlOptionsFactory } from '@nestjs/graphql';
import { type MercuriusDriverConfig } from '@nestjs/mercurius';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import { ActorResolver, actorOfRequest, credentialsFromHeaders } from '../auth/actor-resolver';
import {
  codedRequestErrors,
  MAX_QUERY_DEPTH,
  queryLimitsRule,
  refuseTooWideDocument,
} from '../auth/query-limits';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { LiveEmitter } from '../live/live-emitter';
import { operationLabel, RequestMetrics } from '../observability/request-metrics';
import { SubscriptionAccess, type SubscriptionContext } from './subscription-access';
import { type RequestContext } from './context';
import { ApiError } from './error-codes';
import { roleOf } from '../auth/actor';
import { readsSchema } from '../auth/query-limits';
import { flattenErrors, toFormattedError } from './error-codes';
import { checkGraphqlRequest, requestRefusalOf } from './http-request';
import { OperationArgumentsCheck } from './operation-arguments';
import { createValidationPipe } from './validation.pipe';

/** The operation of a document a request runs: the named one, or the only one. */
function operationOf(
  document: DocumentNode,
  name: string | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  return name === undefined
    ? operations.length === 1
      ? operations[0]
      : undefined
    : operations.find((operation) => operation.name?.value === name);
}

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
export class GraphqlOptionsFactory implements GqlOptionsFactory<MercuriusDriverConfig> {
  private readonly subscriptionAccess: SubscriptionAccess;
  private readonly argumentsCheck = new OperationArgumentsCheck(createValidationPipe());

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly actors: ActorResolver,
    private readonly live: LiveEmitter,
    private readonly metrics: RequestMetrics,
  ) {
    this.subscriptionAccess = new SubscriptionAccess(actors, config.auth.personAccessReuseMs);
  }

  createGqlOptions(): MercuriusDriverConfig {
    const emitter = this.live.emitter;
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      graphiql: this.config.graphiql,
      jit: 1,
      additionalRouteOptions: { preValidation: checkGraphqlRequest },
      // Abuse limits with coded errors (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX); see docs/security.md.
      queryDepth: MAX_QUERY_DEPTH,
      validationRules: [queryLimitsRule],
      context: async (req: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => ({
        req,
        reply,
        actor: await actorOfRequest(this.actors, req),
        loaders: new Map(),
      }),
      subscription: {
        ...(emitter ? { emitter } : {}),
        // The socket, so a connection whose access ended can be closed (subscription-access.ts).
        context: (socket: unknown) => ({ socket }),
        // Browsers cannot set headers on a WebSocket: the token travels in connection_init.
        onConnect: async ({ payload }: { payload: unknown }) => {
          const params = (payload ?? {}) as Record<string, string | undefined>;
          const { actor, access } = await this.subscriptionAccess.open(
            credentialsFromHeaders({
              authorization: params['authorization'] ?? params['Authorization'],
              'x-api-key': params['apiKey'],
            }),
          );
          return { actor, access, loaders: new Map() };
        },
      },
      hooks: {
        preValidation: async (_schema, document) => refuseTooWideDocument(document),
        // All arguments of the operation are checked before any field runs (docs/adr/0006).
        preExecution: [
          async (schema, document, context, variables) => {
            const operation = operationOf(document, operationNameOf(context.reply.request));
            if (operation) {
              RequestMetrics.nameOperation(
                context.reply.request,
                operationLabel(
                  operation.operation,
                  operation.selectionSet.selections.flatMap((selection) =>
                    selection.kind === Kind.FIELD ? [selection.name.value] : [],
                  ),
                ),
              );
            }
            const issues = await this.argumentsCheck.issuesOf(
              schema,
              document,
              variables,
              operationNameOf(context.reply.request),
            );
            if (issues.length > 0) throw OperationArgumentsCheck.refusal(issues);
          },
          async (_schema, document, context) => {
            // The schema is no secret, but in production a stranger has no use for it.
            if (this.config.openIntrospection) return;
            const { actor } = context as unknown as RequestContext;
            if (roleOf(actor) === null && readsSchema(document)) {
              throw new ApiError('UNAUTHENTICATED', 'Log in to read the schema');
            }
          },
        ],
        preSubscriptionExecution: async (_schema, _document, context) => {
          this.subscriptionAccess.watchExpiry(context as unknown as SubscriptionContext);
        },
        onSubscriptionResolution: async (_execution, context) => {
          await this.subscriptionAccess.checkBeforeEvent(context as unknown as SubscriptionContext);
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
        const formatted = flattenErrors(errors).map(toFormattedError);
        this.metrics.countErrors(formatted.map((error) => String(error.extensions?.['code'])));
        return { statusCode, response: { data: execution.data ?? null, errors: formatted } };
      },
    };
  }
}
