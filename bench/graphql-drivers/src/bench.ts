// Runs both variants in turn on this machine, under the same load, and prints one table.
// Each repetition starts a fresh server process, checks its answer, warms it up, then measures.
import autocannon from 'autocannon';
import { type ChildProcess, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { INCIDENT_COUNT, IMPACTS_PER_INCIDENT, UPDATES_PER_INCIDENT } from './catalogue';
import { NESTED_INCIDENTS_QUERY } from './nested-query';
import { type ServerReadyMessage, VARIANTS, type VariantName } from './variants';

interface BenchSettings {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  repetitions: number;
}

interface Measurement {
  variant: VariantName;
  repetition: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  responseBytes: number;
  dataHash: string;
}

interface RunningServer {
  port: number;
  process: ChildProcess;
}

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

const settings: BenchSettings = {
  durationSeconds: positiveIntegerFromEnv('BENCH_DURATION_SECONDS', 8),
  warmupSeconds: positiveIntegerFromEnv('BENCH_WARMUP_SECONDS', 3),
  connections: positiveIntegerFromEnv('BENCH_CONNECTIONS', 10),
  repetitions: positiveIntegerFromEnv('BENCH_REPETITIONS', 3),
};

const REQUEST_BODY = JSON.stringify({ query: NESTED_INCIDENTS_QUERY });

function startServer(variant: VariantName): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'server.js'), [variant], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message: ServerReadyMessage) =>
      resolve({ port: message.port, process: child }),
    );
    child.once('exit', (code) =>
      reject(new Error(`${variant} server exited early with code ${code}`)),
    );
  });
}

function stopServer(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    server.process.removeAllListeners('exit');
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}

// Both variants must return the same data, or the comparison would be meaningless.
async function fetchAndCheckAnswer(port: number): Promise<{ bytes: number; hash: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: REQUEST_BODY,
  });
  const text = await response.text();
  const payload = JSON.parse(text) as {
    data?: { incidents: { impacts: unknown[]; updates: unknown[] }[] };
    errors?: unknown;
  };
  const incidents = payload.data?.incidents;
  if (response.status !== 200 || payload.errors !== undefined || incidents === undefined) {
    throw new Error(`Unexpected answer (${response.status}): ${text.slice(0, 500)}`);
  }
  const first = incidents[0];
  if (
    incidents.length !== INCIDENT_COUNT ||
    first?.impacts.length !== IMPACTS_PER_INCIDENT ||
    first.updates.length !== UPDATES_PER_INCIDENT
  ) {
    throw new Error('The answer does not hold the expected number of incidents, impacts, updates');
  }
  const hash = createHash('sha256').update(JSON.stringify(payload.data)).digest('hex').slice(0, 12);
  return { bytes: Buffer.byteLength(text), hash };
}

function load(port: number, durationSeconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: REQUEST_BODY,
    connections: settings.connections,
    duration: durationSeconds,
  });
}

async function measure(variant: VariantName, repetition: number): Promise<Measurement> {
  const server = await startServer(variant);
  try {
    const answer = await fetchAndCheckAnswer(server.port);
    await load(server.port, settings.warmupSeconds);
    const result = await load(server.port, settings.durationSeconds);
    return {
      variant,
      repetition,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      failures: result.errors + result.timeouts + result.non2xx,
      responseBytes: answer.bytes,
      dataHash: answer.hash,
    };
  } finally {
    await stopServer(server);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, index) => String(cell).padEnd(widths[index] ?? 0)).join(' | ');
}

function printTable(measurements: Measurement[]): void {
  const widths = [38, 4, 8, 7, 7, 6];
  const header = row(['variant', 'rep', 'req/s', 'p50 ms', 'p99 ms', 'failed'], widths);
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const m of measurements) {
    console.log(
      row(
        [
          VARIANTS[m.variant],
          m.repetition,
          m.requestsPerSecond.toFixed(1),
          m.p50Ms,
          m.p99Ms,
          m.failures,
        ],
        widths,
      ),
    );
  }
  console.log(`${'-'.repeat(header.length)}\nmedian of the repetitions (failed: their sum)`);
  const medians = new Map<VariantName, number>();
  for (const variant of Object.keys(VARIANTS) as VariantName[]) {
    const own = measurements.filter((m) => m.variant === variant);
    const requestsPerSecond = median(own.map((m) => m.requestsPerSecond));
    medians.set(variant, requestsPerSecond);
    console.log(
      row(
        [
          VARIANTS[variant],
          'med',
          requestsPerSecond.toFixed(1),
          median(own.map((m) => m.p50Ms)),
          median(own.map((m) => m.p99Ms)),
          own.reduce((sum, m) => sum + m.failures, 0),
        ],
        widths,
      ),
    );
  }
  const fastify = medians.get('fastify-mercurius') ?? 0;
  const express = medians.get('express-apollo') ?? 0;
  if (express > 0) {
    console.log(
      `\nFastify + Mercurius serves ${(fastify / express).toFixed(2)}x the requests/s of Express + Apollo.`,
    );
  }
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Node ${process.version}, ${cpus().length} CPUs (${cpu}); ` +
      `${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ` +
      `${settings.durationSeconds} s measured, ${settings.repetitions} repetitions per variant`,
  );
  const variants = Object.keys(VARIANTS) as VariantName[];
  const measurements: Measurement[] = [];
  for (let repetition = 1; repetition <= settings.repetitions; repetition += 1) {
    // Alternate which variant goes first, so slow drift of the machine hits both alike.
    const order = repetition % 2 === 1 ? variants : [...variants].reverse();
    for (const variant of order) {
      const measurement = await measure(variant, repetition);
      console.log(
        `  ${variant} #${repetition}: ${measurement.requestsPerSecond.toFixed(1)} req/s ` +
          `(answer ${measurement.responseBytes} bytes, data ${measurement.dataHash})`,
      );
      measurements.push(measurement);
    }
  }
  const hashes = new Set(measurements.map((m) => m.dataHash));
  if (hashes.size !== 1)
    throw new Error(`The variants answered with different data: ${[...hashes].join(', ')}`);
  printTable(measurements);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
