import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type DatabaseConfig } from '../../src/config/config';

const apiRoot = join(__dirname, '..', '..');
let built = false;

/** Builds the API once per test file, so the tests run the command as operators do. */
export function buildCli(): void {
  if (built) return;
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: apiRoot,
      stdio: 'inherit',
    },
  );
  built = true;
}

export function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lagebild <args>` (the built CLI) with `DATABASE_URL` and extra environment. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [join(apiRoot, 'dist', 'cli', 'main.js'), ...args],
      {
        cwd: apiRoot,
        env: { PATH: process.env['PATH'] ?? '', ...env },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}
