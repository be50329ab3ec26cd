// Every knob of the bench, read once from the environment.

export type ScaleName = 'small' | 'full';

export interface Scale {
  name: ScaleName;
  services: number;
  incidents: number;
  activeIncidents: number;
  backlogItems: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  small: { name: 'small', services: 50, incidents: 500, activeIncidents: 20, backlogItems: 50_000 },
  full: {
    name: 'full',
    services: 200,
    incidents: 10_000,
    activeIncidents: 20,
    backlogItems: 1_000_000,
  },
};

export interface Settings {
  scale: Scale;
  /** Seconds autocannon measures per target. */
  durationSeconds: number;
  /** Seconds of load before the measurement, not counted. */
  warmupSeconds: number;
  connections: number;
  /** Sequential requests timed one by one for the single-request latencies. */
  singleRequests: number;
  /** The API listens on basePort, the reference servers on the ports after it. */
  basePort: number;
  /** Only these datasets (demo, scale); both by default. */
  datasets: ('demo' | 'scale')[];
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

function scaleFromEnv(): Scale {
  const raw = process.env['BENCH_SCALE'] ?? 'full';
  if (raw !== 'small' && raw !== 'full') {
    throw new Error(`BENCH_SCALE must be small or full, got "${raw}"`);
  }
  return SCALES[raw];
}

function datasetsFromEnv(): ('demo' | 'scale')[] {
  const raw = process.env['BENCH_DATASETS'] ?? 'demo,scale';
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  for (const name of names) {
    if (name !== 'demo' && name !== 'scale') {
      throw new Error(`BENCH_DATASETS lists demo and/or scale, got "${raw}"`);
    }
  }
  return names as ('demo' | 'scale')[];
}

export function loadSettings(): Settings {
  const scale = scaleFromEnv();
  const quick = scale.name === 'small';
  return {
    scale,
    durationSeconds: positiveInteger('BENCH_DURATION_SECONDS', quick ? 3 : 10),
    warmupSeconds: positiveInteger('BENCH_WARMUP_SECONDS', quick ? 1 : 3),
    connections: positiveInteger('BENCH_CONNECTIONS', 50),
    singleRequests: positiveInteger('BENCH_SINGLE_REQUESTS', 5),
    basePort: positiveInteger('BENCH_PORT', 4100),
    datasets: datasetsFromEnv(),
  };
}
