import { HttpException } from '@nestjs/common';
import { type FieldIssueCode, type IssueParams, isDomainError } from '@lagebild/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from '../database/database-availability';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldIssueExtension {
  field: string;
  message: string;
  /** For a reader's language: what is wrong, and the values its wording needs. */
  code?: FieldIssueCode;
  params?: IssueParams;
}

/** Raised by the API layer itself (not the domain), e.g. when a referenced row does not exist. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly FieldIssueExtension[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError('NOT_FOUND', `${what} ${id} does not exist`);
}

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * Mercurius reports problems found before execution (syntax, unknown fields, wrong variable
 * types) as one error that carries the individual GraphQL errors; this unpacks them.
 */
export function flattenErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((error) => {
    const carrier = (error.originalError ?? error) as { errors?: unknown };
    if (Array.isArray(carrier.errors) && carrier.errors.every((e) => e instanceof GraphQLError)) {
      return carrier.errors as GraphQLError[];
    }
    return [error];
  });
}

/**
 * The one place that turns any error into a GraphQL error with `extensions.code` (and
 * `extensions.issues` for field problems). Unknown errors are logged and hidden from clients.
 */
export function toFormattedError(error: GraphQLError): GraphQLFormattedError {
  const original = error.originalError;
  const base = { message: error.message, locations: error.locations, path: error.path };

  if (isDomainError(original) || original instanceof ApiError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, issues: original.issues },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    const response = original.getResponse();
    const issues =
      typeof response === 'object' && response !== null && 'issues' in response
        ? (response as { issues: FieldIssueExtension[] }).issues
        : [];
    return { ...base, message: original.message, extensions: { code, issues } };
  }
  const existing = error.extensions?.code;
  if (typeof existing === 'string') {
    return { ...base, extensions: { ...error.extensions } };
  }
  if (original === undefined || original instanceof GraphQLError) {
    // Errors found before execution: syntax, unknown fields, wrong variable types.
    const code: ErrorCode = error.message.startsWith('Syntax Error')
      ? 'GRAPHQL_PARSE_FAILED'
      : error.message.startsWith('Variable ') || error.message.startsWith('Expected value')
        ? 'BAD_USER_INPUT'
        : 'GRAPHQL_VALIDATION_FAILED';
    return { ...base, extensions: { code } };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: DATABASE_UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  console.error('Unexpected error in GraphQL request:', original);
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
