// A reference in its own process: bare Fastify answering the API's captured bytes, or bare
// Mercurius (graphql-jit) answering the same query from the captured data in memory.
// Usage: node reference-server.js <spec.json>
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import mercurius from 'mercurius';
import { type ReadyMessage, type ReferenceSpec } from './reference-protocol';

async function main(): Promise<void> {
  const specFile = process.argv[2];
  if (!specFile) throw new Error('Usage: reference-server.js <spec.json>');
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as ReferenceSpec;
  const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });

  if (spec.kind === 'fastify') {
    const body = Buffer.from(spec.body);
    app.route({
      method: spec.method,
      url: spec.path,
      handler: (_request, reply) => reply.type(spec.contentType).send(body),
    });
  } else {
    if (!spec.schemaFile) throw new Error('bare Mercurius needs the schema');
    const answer = JSON.parse(spec.body) as { data: Record<string, unknown> };
    // Root fields return the captured data; every nested field is read by the default resolver.
    const query = Object.fromEntries(
      Object.entries(answer.data).map(([field, value]) => [field, () => value]),
    );
    await app.register(mercurius, {
      schema: readFileSync(spec.schemaFile, 'utf8'),
      resolvers: { Query: query },
      path: spec.path,
      jit: 1,
    });
  }

  await app.listen({ port: spec.port, host: '127.0.0.1' });
  const ready: ReadyMessage = { ready: true };
  process.send?.(ready);
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
