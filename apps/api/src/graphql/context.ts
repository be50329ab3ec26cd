import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type Actor } from '../auth/actor';

/**
 * The lifetime of batched reads: one GraphQL request, one recomputation of the picture or one
 * demo load. Services take this, never the request, so code outside a request can call them.
 */
export interface LoadScope {
  /** DataLoaders by name; see `perRequest`. */
  readonly loaders: Map<string, unknown>;
}

/** A new scope with empty loaders: nothing read before it is served from a cache. */
export function newLoadScope(): LoadScope {
  return { loaders: new Map() };
}

/** What every resolver can read from a request. Created fresh per request. */
export interface RequestContext extends LoadScope {
  req: FastifyRequest;
  reply?: FastifyReply;
  actor: Actor;
  loaders: Map<string, unknown>;
}

/**
 * Returns the request's instance of something (usually a DataLoader), creating it on first use,
 * so batching and caching never leak from one request into another.
 */
export function perRequest<T>(context: LoadScope, name: string, create: () => T): T {
  let value = context.loaders.get(name) as T | undefined;
  if (value === undefined) {
    value = create();
    context.loaders.set(name, value);
  }
  return value;
}

export function requestContextOf(executionContext: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(executionContext).getContext<RequestContext>();
}

/** Resolver parameter: the acting person or system. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, executionContext: ExecutionContext): Actor =>
    requestContextOf(executionContext).actor,
);

/** Resolver parameter: the whole request context (for loaders). */
export const RequestCtx = createParamDecorator(
  (_data: unknown, executionContext: ExecutionContext): RequestContext =>
    requestContextOf(executionContext),
);
