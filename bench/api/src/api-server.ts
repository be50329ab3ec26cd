// Starts the production build of the API (`start:prod` of apps/api) as its own process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_DIR } from './paths';

export interface ApiServerOptions {
  port: number;
  sqliteFile: string;
  /** Another database than the SQLite file, e.g. `postgres://…` (through a proxy). */
  databaseUrl?: string;
  /** Live events and login throttling through Redis; without it, in this process only. */
  redisUrl?: string;
  demo: boolean;
  adminEmail?: string;
  adminPassword?: string;
  /** More environment for this run (e.g. SMTP_URL and the delivery rate limit). */
  env?: Record<string, string>;
}

export interface ApiServer {
  pid: number;
  baseUrl: string;
  /** Graceful: SIGTERM, waits for the API to finish what it is doing. */
  stop(): Promise<void>;
  /** At once: SIGKILL, drops whatever is still queued. */
  kill(): Promise<void>;
}

/** The API is started exactly as `npm run start:prod -w @lagebild/api` would, minus npm itself. */
function startProdCommand(): string[] {
  const manifest = JSON.parse(readFileSync(join(API_DIR, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = manifest.scripts?.['start:prod'];
  const words = script?.trim().split(/\s+/) ?? [];
  // npm would put the server below its own process; the bench needs the server's pid.
  if (words[0] !== 'node' || words.length < 2 || words.some((word) => /[;&|$<>]/.test(word))) {
    throw new Error(`apps/api start:prod is not a plain "node <file>" command: ${String(script)}`);
  }
  const entry = words[words.length - 1] ?? '';
  if (!existsSync(join(API_DIR, entry))) {
    throw new Error(`apps/api/${entry} is missing: build the API first (npm run build)`);
  }
  return words.slice(1);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} while starting:\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API did not answer /health within 120 s:\n${log()}`);
}

export async function startApi(options: ApiServerOptions): Promise<ApiServer> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl ?? `sqlite:${options.sqliteFile}`,
    LAGEBILD_DEMO: options.demo ? 'true' : 'false',
    LAGEBILD_JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    LOG_LEVEL: 'warn',
  };
  if (options.redisUrl) env['REDIS_URL'] = options.redisUrl;
  if (options.adminEmail && options.adminPassword) {
    env['LAGEBILD_ADMIN_EMAIL'] = options.adminEmail;
    env['LAGEBILD_ADMIN_PASSWORD'] = options.adminPassword;
  }
  Object.assign(env, options.env ?? {});
  const child = spawn(process.execPath, startProdCommand(), {
    cwd: API_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('The API process has no pid');
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill(signal);
    });
  return { pid, baseUrl, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
