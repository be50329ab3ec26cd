import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { type GqlContextType } from '@nestjs/graphql';

/**
 * Hands errors raised in GraphQL operations to the GraphQL error formatter (which codes them)
 * instead of letting Nest log expected ones such as NOT_FOUND as crashes. HTTP routes keep
 * Nest's usual handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
