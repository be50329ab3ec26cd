import { type FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';

/** Codes of requests refused before they reach the schema because of their HTTP shape. */
export type RequestRefusalCode = 'BAD_REQUEST' | 'METHOD_NOT_ALLOWED' | 'UNSUPPORTED_MEDIA_TYPE';

/** A request that is not a GraphQL request at all (GraphQL over HTTP, "Request"). */
export class RequestRefusal extends Error {
  constructor(
    readonly statusCode: 400 | 405 | 415,
    readonly refusalCode: RequestRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefusal';
  }
}

const badRequest = (message: string) => new RequestRefusal(400, 'BAD_REQUEST', message);

/**
 * Checks the parameters of a GraphQL request before Mercurius sees them: its body schema lets
 * Ajv coerce a number into a `query` string, an array `query` is joined, and a `null` query or a
 * JSON array ended as INTERNAL_SERVER_ERROR. The spec wants 400 for all of these. It also accepts
 * `"extensions": null` in a JSON body (the spec says it means "none"; Mercurius' schema only
 * admits an object there).
 */
export async function checkGraphqlRequest(request: FastifyRequest): Promise<void> {
  if (request.method === 'GET') {
    // The same route upgrades graphql-ws connections; those carry no query parameter.
    if (request.headers.upgrade !== undefined) return;
    checkParameters(request.query, 'query string');
    return;
  }
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  // Fastify parses text/plain too; a GraphQL POST is JSON (or Mercurius' application/graphql).
  if (mediaType !== 'application/json' && mediaType !== 'application/graphql') {
    throw new RequestRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      REFUSAL_MESSAGES.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object with a "query" string');
  }
  const fields = body as Record<string, unknown>;
  if (fields['extensions'] === null) delete fields['extensions'];
  checkParameters(fields, 'body');
  const variables = fields['variables'];
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) {
    throw badRequest('"variables" must be a JSON object or null');
  }
  const extensions = fields['extensions'];
  if (extensions !== undefined && !isPlainObject(extensions)) {
    throw badRequest('"extensions" must be a JSON object or null');
  }
}

function checkParameters(parameters: unknown, where: string): void {
  const fields = (parameters ?? {}) as Record<string, unknown>;
  const query = fields['query'];
  if (typeof query !== 'string' || query.trim() === '') {
    throw badRequest(`The ${where} must carry the GraphQL document as a non-empty "query" string`);
  }
  const operationName = fields['operationName'];
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw badRequest('"operationName" must be a string or null');
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fastify's and Mercurius' own refusals of a request's HTTP shape, by their error code. */
const FRAMEWORK_REFUSALS: Record<
  string,
  { statusCode: 400 | 405 | 415; code: RequestRefusalCode }
> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_JSON_BODY: { statusCode: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { statusCode: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { statusCode: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_EMPTY_TYPE: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_TYPE: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  MER_ERR_METHOD_NOT_ALLOWED: { statusCode: 405, code: 'METHOD_NOT_ALLOWED' },
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: { statusCode: 400, code: 'BAD_REQUEST' },
  MER_ERR_GQL_PERSISTED_QUERY_NOT_SUPPORTED: { statusCode: 400, code: 'BAD_REQUEST' },
};

const REFUSAL_MESSAGES: Record<RequestRefusalCode, string> = {
  BAD_REQUEST: 'The request is not a valid GraphQL request',
  METHOD_NOT_ALLOWED: 'Only queries may be sent with GET; send mutations with POST',
  UNSUPPORTED_MEDIA_TYPE: 'Send GraphQL requests as application/json',
};

/**
 * A request refused for its HTTP shape (not a JSON object, wrong media type, mutation over GET,
 * bad parameter types) as one GraphQL error with a code and the 4xx status to answer with.
 * Undefined for every other error.
 */
export function requestRefusalOf(
  error: GraphQLError,
): { errors: GraphQLError[]; statusCode: number; allow?: string } | undefined {
  const original = (error.originalError ?? error) as Error & {
    code?: string;
    statusCode?: number;
    errors?: unknown;
  };
  let refusal: { statusCode: 400 | 405 | 415; code: RequestRefusalCode; message: string };
  if (original instanceof RequestRefusal) {
    refusal = {
      statusCode: original.statusCode,
      code: original.refusalCode,
      message: original.message,
    };
  } else if (original.code !== undefined && FRAMEWORK_REFUSALS[original.code]) {
    const known = FRAMEWORK_REFUSALS[original.code]!;
    refusal = { ...known, message: REFUSAL_MESSAGES[known.code] };
  } else if (original instanceof SyntaxError && original.statusCode === 400) {
    refusal = { statusCode: 400, code: 'BAD_REQUEST', message: 'The body is not valid JSON' };
  } else if (
    original.code === 'MER_ERR_GQL_VALIDATION' &&
    Array.isArray(original.errors) &&
    original.errors.some((inner) => !(inner instanceof GraphQLError))
  ) {
    // Mercurius' body or query-string schema, not the GraphQL document, refused it.
    refusal = { statusCode: 400, code: 'BAD_REQUEST', message: REFUSAL_MESSAGES.BAD_REQUEST };
  } else {
    return undefined;
  }
  return {
    statusCode: refusal.statusCode,
    ...(refusal.statusCode === 405 ? { allow: 'POST' } : {}),
    errors: [new GraphQLError(refusal.message, { extensions: { code: refusal.code } })],
  };
}
