// `npm run bench`: the API's production build under load at demo and at scale, with bare
// Fastify and bare Mercurius answering the same bytes beside it, in one run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiServer, type ApiServerOptions, startApi } from './api-server';
import { runLoad, startReference } from './children';
import { feedScaleDataset, SCALE_BACKLOG_KEY, VIEWER } from './generator';
import { GraphqlClient } from './graphql-client';
import { describeMachine } from './machine';
import { API_DIR, RESULTS_DIR } from './paths';
import { readMemory } from './process-memory';
import { type LoadResult, type LoadSpec } from './reference-protocol';
import {
  type DatasetResult,
  evaluateGoals,
  formatReport,
  type ApiLoadResult,
  type RunResult,
  type ScenarioResult,
  type SingleLatency,
  writeResults,
} from './report';
import { forecastQuery, OVERVIEW_QUERY, requestBody, type Scenario, scenarios } from './scenarios';
import { loadSettings, type Settings } from './settings';

const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password' };
const DEMO_VIEWER = { email: 'management@example.com', password: 'lagebild-demo' };
const DEMO_FORECAST_BACKLOG = 'delayed-parcels';
const SCHEMA_FILE = join(API_DIR, 'schema.graphql');

const log = (line: string) => console.log(line);

interface Captured {
  status: number;
  contentType: string;
  text: string;
}

async function send(server: ApiServer, scenario: Scenario, token: string): Promise<Captured> {
  const body = requestBody(scenario);
  const response = await fetch(`${server.baseUrl}${scenario.path}`, {
    method: scenario.method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(scenario.authenticated ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body }),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? 'application/json',
    text: await response.text(),
  };
}

/** 'ok', or what is wrong with the answer. */
function judge(scenario: Scenario, captured: Captured): string {
  if (captured.status !== 200) return `HTTP ${captured.status}: ${captured.text.slice(0, 200)}`;
  if (scenario.query === undefined) return 'ok';
  const payload = JSON.parse(captured.text) as { data?: unknown; errors?: unknown[] };
  if (payload.errors?.length) return `errors: ${JSON.stringify(payload.errors).slice(0, 300)}`;
  return payload.data ? 'ok' : 'no data';
}

async function timeSingle(
  server: ApiServer,
  scenario: Scenario,
  token: string,
  samples: number,
): Promise<SingleLatency> {
  // The first request is cold; then up to `samples` warm ones, but at least two and no more
  // than a minute's worth when each takes long.
  const times: number[] = [];
  const budgetEnds = performance.now() + 60_000;
  while (times.length <= samples && (times.length < 3 || performance.now() < budgetEnds)) {
    const started = performance.now();
    const captured = await send(server, scenario, token);
    times.push(performance.now() - started);
    const verdict = judge(scenario, captured);
    if (verdict !== 'ok') throw new Error(`${scenario.name}: ${verdict}`);
  }
  const [first = Number.NaN, ...warm] = times;
  const sorted = [...warm].sort((a, b) => a - b);
  return {
    firstMs: first,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    samples: warm.length,
  };
}

function loadSpec(settings: Settings, port: number, scenario: Scenario, token: string): LoadSpec {
  const body = requestBody(scenario);
  return {
    url: `http://127.0.0.1:${port}${scenario.path}`,
    method: scenario.method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(scenario.authenticated ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body }),
    connections: settings.connections,
    durationSeconds: settings.durationSeconds,
  };
}

const describeLoad = (result: LoadResult) =>
  `${result.requestsPerSecond.toFixed(1)} req/s (${result.requests} done), p50 ${result.p50Ms} ms, ` +
  `p99 ${result.p99Ms} ms` +
  (result.errors + result.non2xx > 0 ? `, ${result.errors + result.non2xx} errors` : '');

/** Sequential requests for `seconds`, so nothing is left queued in the server. */
async function warmUp(url: string, spec: LoadSpec, seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const response = await fetch(url, {
      method: spec.method,
      headers: spec.headers,
      ...(spec.body === undefined ? {} : { body: spec.body }),
    });
    await response.arrayBuffer();
  }
}

async function loadTarget(settings: Settings, spec: LoadSpec): Promise<LoadResult> {
  await warmUp(spec.url, spec, settings.warmupSeconds);
  return runLoad(spec);
}

async function measureScenario(
  settings: Settings,
  apiOptions: ApiServerOptions,
  scenario: Scenario,
  credentials: { email: string; password: string },
  workDir: string,
): Promise<ScenarioResult> {
  // A fresh API per scenario: requests still queued when the load ends would otherwise keep
  // the CPU busy during the next measurement. It is killed right after its load for the same
  // reason (a graceful stop would wait for every queued request).
  const server = await startApi(apiOptions);
  let captured: Captured;
  let api: ApiLoadResult;
  let token: string;
  try {
    token = await new GraphqlClient(server.baseUrl, credentials).accessToken();
    captured = await send(server, scenario, token);
    const verdict = judge(scenario, captured);
    if (verdict !== 'ok') throw new Error(`${scenario.name}: the API answered ${verdict}`);
    const apiLoad = await loadTarget(
      settings,
      loadSpec(settings, settings.basePort, scenario, token),
    );
    const memory = readMemory(server.pid);
    api = {
      ...apiLoad,
      rssAfterMiB: memory?.rssMiB ?? Number.NaN,
      peakMiB: memory?.peakMiB ?? Number.NaN,
    };
  } finally {
    await server.kill();
  }
  log(`    API        ${describeLoad(api)}, RSS ${api.rssAfterMiB.toFixed(0)} MiB`);

  // Bare Fastify with the API's bytes.
  const referencePort = settings.basePort + 1;
  const reference = {
    port: referencePort,
    method: scenario.method,
    path: scenario.path,
    body: captured.text,
    contentType: captured.contentType,
  };
  const referenceSpec = loadSpec(settings, referencePort, scenario, token);
  const fastifyServer = await startReference({ kind: 'fastify', ...reference }, workDir);
  let fastify: LoadResult;
  try {
    fastify = await loadTarget(settings, referenceSpec);
  } finally {
    await fastifyServer.stop();
  }
  log(`    Fastify    ${describeLoad(fastify)}`);

  // Bare Mercurius (graphql-jit) with the same query and the same data in memory.
  let mercurius: ScenarioResult['mercurius'];
  if (scenario.query !== undefined) {
    const mercuriusServer = await startReference(
      { kind: 'mercurius', ...reference, schemaFile: SCHEMA_FILE },
      workDir,
    );
    try {
      const check = await fetch(`http://127.0.0.1:${referencePort}${scenario.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: requestBody(scenario) ?? '',
      });
      const expected = JSON.stringify((JSON.parse(captured.text) as { data: unknown }).data);
      const got = JSON.stringify(((await check.json()) as { data?: unknown }).data);
      const result = await loadTarget(settings, referenceSpec);
      mercurius = { ...result, sameData: expected === got };
    } finally {
      await mercuriusServer.stop();
    }
    log(
      `    Mercurius  ${describeLoad(mercurius)}${mercurius.sameData ? '' : ' (DIFFERENT DATA)'}`,
    );
  }

  return {
    name: scenario.name,
    label: scenario.label,
    responseBytes: Buffer.byteLength(captured.text),
    api,
    fastify,
    ...(mercurius ? { mercurius } : {}),
    ratioToFastify: api.requestsPerSecond / fastify.requestsPerSecond,
    ...(mercurius ? { ratioToMercurius: api.requestsPerSecond / mercurius.requestsPerSecond } : {}),
  };
}

async function measureDataset(
  settings: Settings,
  name: 'demo' | 'scale',
  workDir: string,
): Promise<DatasetResult> {
  const sqliteFile = join(workDir, `${name}.sqlite`);
  const demo = name === 'demo';
  const { scale } = settings;
  const description = demo
    ? 'the demo scenario (LAGEBILD_DEMO=true)'
    : `${scale.services} services, ${scale.incidents} incidents (${scale.activeIncidents} active), ` +
      `${scale.backlogItems} backlog items (BENCH_SCALE=${scale.name})`;
  log(`\n== ${name}: ${description}`);
  const apiOptions: ApiServerOptions = {
    port: settings.basePort,
    sqliteFile,
    demo,
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  };

  let feed: DatasetResult['feed'];
  if (!demo) {
    const feeder = await startApi(apiOptions);
    try {
      log('  feeding through GraphQL...');
      const concurrency = Number(process.env['BENCH_FEED_CONCURRENCY'] ?? 4);
      const batch = Number(process.env['BENCH_FEED_BATCH'] ?? 25);
      const timings = await feedScaleDataset(
        new GraphqlClient(feeder.baseUrl, ADMIN),
        scale,
        { concurrency, batch },
        log,
      );
      feed = { ...timings, peakMiB: readMemory(feeder.pid)?.peakMiB ?? Number.NaN };
      log(
        `  fed in ${(timings.totalMs / 1000).toFixed(1)} s, API peak ${feed.peakMiB.toFixed(0)} MiB`,
      );
    } finally {
      await feeder.stop();
    }
  }

  // Measured on a fresh start over the data, as a production server would meet it.
  const credentials = demo ? DEMO_VIEWER : VIEWER;
  const backlogKey = demo ? DEMO_FORECAST_BACKLOG : SCALE_BACKLOG_KEY;
  const started = performance.now();
  const server = await startApi(apiOptions);
  const startMs = performance.now() - started;
  let single: DatasetResult['single'];
  let singlePeakMiB: number;
  try {
    const token = await new GraphqlClient(server.baseUrl, credentials).accessToken();
    const overviewScenario: Scenario = {
      name: 'overview',
      label: 'overview',
      method: 'POST',
      path: '/graphql',
      query: OVERVIEW_QUERY,
      authenticated: true,
    };
    const forecastScenario: Scenario = {
      ...overviewScenario,
      name: 'forecast',
      query: forecastQuery(backlogKey),
    };
    single = {
      overview: await timeSingle(server, overviewScenario, token, settings.singleRequests),
      forecast: await timeSingle(server, forecastScenario, token, settings.singleRequests),
    };
    singlePeakMiB = readMemory(server.pid)?.peakMiB ?? Number.NaN;
  } finally {
    await server.kill();
  }
  log(
    `  API started in ${(startMs / 1000).toFixed(1)} s; one overview ` +
      `${single.overview.medianMs.toFixed(1)} ms (first ${single.overview.firstMs.toFixed(0)}), ` +
      `one forecast ${single.forecast.medianMs.toFixed(1)} ms (first ${single.forecast.firstMs.toFixed(0)})`,
  );

  const results: ScenarioResult[] = [];
  const failed: DatasetResult['failed'] = [];
  for (const scenario of scenarios(backlogKey)) {
    log(`  ${scenario.label}`);
    try {
      results.push(await measureScenario(settings, apiOptions, scenario, credentials, workDir));
    } catch (error) {
      // One scenario failing (the API crashed, answered an error) must not lose the others.
      const reason = error instanceof Error ? error.message : String(error);
      log(`    FAILED: ${reason}`);
      failed.push({ name: scenario.name, reason: reason.slice(0, 500) });
    }
  }
  return {
    name,
    description,
    ...(feed ? { feed } : {}),
    startMs,
    single,
    scenarios: results,
    failed,
    memory: {
      rssAfterLoadMiB: Math.max(...results.map((r) => r.api.rssAfterMiB)),
      peakServingMiB: Math.max(singlePeakMiB, ...results.map((r) => r.api.peakMiB)),
    },
  };
}

async function main(): Promise<void> {
  const settings = loadSettings();
  const machine = describeMachine();
  const startedAt = new Date();
  log(
    `Lagebild API bench, BENCH_SCALE=${settings.scale.name}, ${settings.connections} connections, ` +
      `${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per target, ports ` +
      `${settings.basePort}-${settings.basePort + 1}\n` +
      `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  const datasets: DatasetResult[] = [];
  try {
    for (const name of settings.datasets) {
      datasets.push(await measureDataset(settings, name, workDir));
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const run: RunResult = {
    startedAt: startedAt.toISOString(),
    durationSeconds: (Date.now() - startedAt.getTime()) / 1000,
    machine,
    settings,
    datasets,
    goals: evaluateGoals(datasets),
  };
  log(`\n${formatReport(run)}\n`);
  log(`Written to ${writeResults(run, RESULTS_DIR)} and latest.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
