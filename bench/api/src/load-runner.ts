// autocannon in its own process, so the load generator never shares a process with a server.
// The parent sends one LoadSpec over IPC and receives one LoadResult.
import autocannon from 'autocannon';
import { type LoadResult, type LoadSpec } from './reference-protocol';

function run(spec: LoadSpec): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    ...(spec.body === undefined ? {} : { body: spec.body }),
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 10,
  });
}

process.once('message', (spec: LoadSpec) => {
  void (async () => {
    const result = await run(spec);
    const answer: LoadResult = {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      bytesPerSecond: result.throughput.average,
    };
    process.send?.(answer, () => process.exit(0));
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
