// What the bench tells a reference server and a load runner, and what they answer.

export interface ReferenceSpec {
  kind: 'fastify' | 'mercurius';
  port: number;
  method: 'GET' | 'POST';
  path: string;
  /** bare Fastify: the API's answer, byte for byte, with its content type. */
  body: string;
  contentType: string;
  /** bare Mercurius: the API's schema (SDL) and the `data` its resolvers return. */
  schemaFile?: string;
}

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerSecond: number;
}

export interface ReadyMessage {
  ready: true;
}
