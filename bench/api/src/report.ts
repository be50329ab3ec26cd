// The table, the goals and the JSON file of one run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FeedTimings } from './generator';
import { type Machine } from './machine';
import { type LoadResult } from './reference-protocol';
import { type ScenarioName } from './scenarios';
import { type Settings } from './settings';

export interface ApiLoadResult extends LoadResult {
  rssAfterMiB: number;
  /** Peak resident memory of the API process (started for this scenario) up to the end of the load. */
  peakMiB: number;
}

export interface ScenarioResult {
  name: ScenarioName;
  label: string;
  responseBytes: number;
  api: ApiLoadResult;
  fastify: LoadResult;
  mercurius?: LoadResult & { sameData: boolean };
  ratioToFastify: number;
  ratioToMercurius?: number;
}

export interface SingleLatency {
  firstMs: number;
  medianMs: number;
  maxMs: number;
  samples: number;
}

export interface DatasetResult {
  name: 'demo' | 'scale';
  description: string;
  feed?: FeedTimings & { peakMiB: number };
  startMs: number;
  single: { overview: SingleLatency; forecast: SingleLatency };
  scenarios: ScenarioResult[];
  /** Scenarios that could not be measured, and why. */
  failed: { name: ScenarioName; reason: string }[];
  memory: { rssAfterLoadMiB: number; peakServingMiB: number };
}

export interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

export interface RunResult {
  startedAt: string;
  durationSeconds: number;
  machine: Machine;
  settings: Omit<Settings, 'scale'> & { scale: Settings['scale'] };
  datasets: DatasetResult[];
  goals: Goal[];
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/** A latency only means something when requests completed; none completing is the worst case. */
const latency = (result: LoadResult, value: number) =>
  result.requests > 0 ? fixed(value) : 'none done';

const failures = (result: LoadResult) => result.errors + result.non2xx;

export function evaluateGoals(datasets: DatasetResult[]): Goal[] {
  const goals: Goal[] = [];
  for (const dataset of datasets) {
    const overview = dataset.scenarios.find((s) => s.name === 'overview');
    const overviewFailed = dataset.failed.find((f) => f.name === 'overview');
    if (overviewFailed) {
      goals.push({
        goal: `overview at 50 conn. (${dataset.name}): >= 0.20x bare Fastify, p99 < 50 ms`,
        measured: `failed: ${overviewFailed.reason.slice(0, 80)}`,
        met: false,
      });
    }
    if (overview) {
      goals.push({
        goal: `overview at 50 conn. (${dataset.name}): >= 0.20x bare Fastify, p99 < 50 ms`,
        measured: `${fixed(overview.ratioToFastify, 3)}x, p99 ${overview.api.requests > 0 ? `${fixed(overview.api.p99Ms)} ms` : 'none done'}`,
        met:
          overview.api.requests > 0 &&
          overview.ratioToFastify >= 0.2 &&
          overview.api.p99Ms < 50 &&
          failures(overview.api) === 0,
      });
    }
  }
  for (const dataset of datasets) {
    const summary = dataset.scenarios.find((s) => s.name === 'summaryJson');
    if (summary) {
      goals.push({
        goal: `summary.json (${dataset.name}): >= 0.30x bare Fastify`,
        measured: `${fixed(summary.ratioToFastify, 3)}x`,
        met: summary.ratioToFastify >= 0.3 && failures(summary.api) === 0,
      });
    }
  }
  const scale = datasets.find((d) => d.name === 'scale');
  if (scale) {
    for (const name of ['overview', 'forecast'] as const) {
      const single = scale.single[name];
      goals.push({
        goal: `one ${name} at scale < 250 ms (median of ${single.samples}, warm)`,
        measured: `${fixed(single.medianMs)} ms (first ${fixed(single.firstMs)} ms)`,
        met: single.medianMs < 250,
      });
    }
  }
  const peak = Math.max(...datasets.map((d) => d.memory.peakServingMiB));
  if (datasets.length > 0) {
    goals.push({
      goal: 'server memory < 500 MB (peak while serving, all datasets)',
      measured: `${fixed(peak)} MiB`,
      met: peak < 500,
    });
  }
  return goals;
}

function table(headers: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, index) =>
        rightAligned.has(index)
          ? cell.padStart(widths[index] ?? 0)
          : cell.padEnd(widths[index] ?? 0),
      )
      .join(' | ')} |`;
  const separator = `| ${widths
    .map((width, index) =>
      rightAligned.has(index) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  return [line(headers), separator, ...rows.map(line)].join('\n');
}

/** The whole report as Markdown, so docs/performance.md can take it as it is. */
export function formatReport(run: RunResult): string {
  const { machine, settings } = run;
  const lines: string[] = [];
  lines.push(
    `Run of ${run.startedAt} (${fixed(run.durationSeconds)} s in all), BENCH_SCALE=${settings.scale.name}: ` +
      `${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ` +
      `${settings.durationSeconds} s measured per target.`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}, ${machine.os}; load average at start ${machine.loadAverageAtStart.join(' ')}.`,
    '',
  );
  const rows = run.datasets.flatMap((dataset) =>
    dataset.scenarios.map((s) => [
      dataset.name,
      s.label,
      fixed(s.responseBytes / 1024, 1),
      fixed(s.api.requestsPerSecond, 1),
      String(s.api.requests),
      latency(s.api, s.api.p50Ms),
      latency(s.api, s.api.p99Ms),
      String(failures(s.api)),
      fixed(s.fastify.requestsPerSecond),
      fixed(s.ratioToFastify, 3),
      s.mercurius ? fixed(s.mercurius.requestsPerSecond) : '-',
      s.ratioToMercurius === undefined ? '-' : fixed(s.ratioToMercurius, 3),
      fixed(s.api.peakMiB),
    ]),
  );
  lines.push(
    table(
      [
        'data',
        'scenario',
        'answer KB',
        'API req/s',
        'done',
        'p50 ms',
        'p99 ms',
        'errors',
        'Fastify req/s',
        'API/Fastify',
        'Mercurius req/s',
        'API/Mercurius',
        'API peak MiB',
      ],
      rows,
      new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ),
    '',
  );
  const problems = run.datasets.flatMap((dataset) => [
    ...dataset.failed.map((f) => `${dataset.name} ${f.name}: FAILED: ${f.reason}`),
    ...dataset.scenarios.flatMap((s) => [
      ...(s.mercurius && !s.mercurius.sameData
        ? [`${dataset.name} ${s.name}: bare Mercurius answered different data`]
        : []),
    ]),
  ]);
  if (problems.length > 0) lines.push(...problems.map((problem) => `- ${problem}`), '');

  lines.push(
    table(
      [
        'data',
        'API start',
        'feeding',
        'one overview',
        'one forecast',
        'max RSS after load',
        'peak serving',
        'peak feeding',
      ],
      run.datasets.map((d) => [
        d.name,
        `${fixed(d.startMs)} ms`,
        d.feed ? `${fixed(d.feed.totalMs / 1000, 1)} s` : '-',
        `${fixed(d.single.overview.medianMs)} ms (first ${fixed(d.single.overview.firstMs)})`,
        `${fixed(d.single.forecast.medianMs)} ms (first ${fixed(d.single.forecast.firstMs)})`,
        `${fixed(d.memory.rssAfterLoadMiB)} MiB`,
        `${fixed(d.memory.peakServingMiB)} MiB`,
        d.feed ? `${fixed(d.feed.peakMiB)} MiB` : '-',
      ]),
      new Set([1, 2, 3, 4, 5, 6, 7]),
    ),
    '',
  );
  const feed = run.datasets.find((d) => d.feed)?.feed;
  if (feed) {
    lines.push(
      `Feeding through GraphQL: services ${fixed(feed.servicesMs / 1000, 1)} s, incidents ` +
        `${fixed(feed.incidentsMs / 1000, 1)} s (${feed.mutationFields} mutation fields), backlog ` +
        `items ${fixed(feed.backlogItemsMs / 1000, 1)} s (${feed.upsertCalls} upsertBacklogItems calls).`,
      '',
    );
  }
  lines.push(
    table(
      ['goal', 'measured', 'met'],
      run.goals.map((g) => [g.goal, g.measured, g.met ? 'met' : 'NOT met']),
      new Set(),
    ),
  );
  return lines.join('\n');
}

export function writeResults(run: RunResult, directory: string): string {
  mkdirSync(directory, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  const file = join(directory, `${stamp}.json`);
  const json = `${JSON.stringify(run, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(join(directory, 'latest.json'), json);
  return file;
}
