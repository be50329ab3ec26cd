import { type FastifyRequest } from 'fastify';

/**
 * The GraphQL-over-HTTP spec requires a server to accept `"extensions": null` in a JSON body
 * (it means "none"); Mercurius' body schema only admits an object there, so the null is dropped
 * before the body is validated.
 */
export async function acceptNullExtensions(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const fields = body as Record<string, unknown>;
    if (fields['extensions'] === null) delete fields['extensions'];
  }
}
