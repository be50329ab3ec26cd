import { Injectable } from '@nestjs/common';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

const STARTED = Symbol('metricsStarted');
const OPERATION = Symbol('metricsOperation');
type MeasuredRequest = FastifyRequest & { [STARTED]?: bigint; [OPERATION]?: string };

/** Latency buckets in seconds: from a kept answer (a millisecond) to a slow import. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What a node-postgres pool tells about its connections. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The figures `/metrics` reports in the Prometheus text format (prom-client): requests and
 * their latency per route and per GraphQL operation, GraphQL errors by code, the database
 * pool, and the process's own (event-loop lag, memory, CPU). A registry per application, so
 * several in one process (the tests) do not share counts.
 */
@Injectable()
export class RequestMetrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly operationDuration: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  private readonly extraGauges = new Map<string, () => number | Promise<number>>();

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'lagebild_' });
    this.httpDuration = new Histogram({
      name: 'lagebild_http_request_duration_seconds',
      help: 'HTTP requests by method, route and status, and how long they took.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: BUCKETS,
      registers: [this.registry],
    });
    this.operationDuration = new Histogram({
      name: 'lagebild_graphql_operation_duration_seconds',
      help: 'GraphQL requests by operation (its type and first root field), and how long they took.',
      labelNames: ['operation'],
      buckets: BUCKETS,
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'lagebild_graphql_errors_total',
      help: 'Errors in GraphQL answers, by extensions.code.',
      labelNames: ['code'],
      registers: [this.registry],
    });
    new Gauge({
      name: 'lagebild_database_pool_connections',
      help: 'Connections of the database pool by state (PostgreSQL; SQLite has one connection).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as { master?: Partial<PoolCounts> }).master;
        if (dataSource.options.type !== 'postgres' || !pool) {
          this.set({ state: 'total' }, dataSource.isInitialized ? 1 : 0);
          return;
        }
        this.set({ state: 'total' }, pool.totalCount ?? 0);
        this.set({ state: 'idle' }, pool.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool.waitingCount ?? 0);
      },
    });
  }

  /** Adds a gauge read when metrics are scraped (e.g. the depth of a queue another feature keeps). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    if (this.extraGauges.has(name)) return;
    this.extraGauges.set(name, read);
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** Names the GraphQL operation a request runs, for its latency. */
  static nameOperation(request: FastifyRequest, operation: string): void {
    (request as MeasuredRequest)[OPERATION] = operation;
  }

  countErrors(codes: readonly string[]): void {
    for (const code of codes) this.errors.inc({ code });
  }

  install(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, _reply, done) => {
      (request as MeasuredRequest)[STARTED] = process.hrtime.bigint();
      done();
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const measured = request as MeasuredRequest;
      const started = measured[STARTED];
      if (started !== undefined) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.httpDuration.observe(
          {
            method: request.method,
            route: request.routeOptions.url ?? 'unmatched',
            status_code: String(reply.statusCode),
          },
          seconds,
        );
        const operation = measured[OPERATION];
        if (operation !== undefined) this.operationDuration.observe({ operation }, seconds);
      }
      done();
    });
  }
}

/** `query overview`, `mutation declareIncident+1`: an operation's type and first root field. */
export function operationLabel(type: string, rootFields: readonly string[]): string {
  const [first = '?'] = rootFields;
  return rootFields.length > 1 ? `${type} ${first}+${rootFields.length - 1}` : `${type} ${first}`;
}
