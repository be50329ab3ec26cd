// Runs the end-to-end suite: starts the built API (which serves the built dashboard, as
// `npm start` does) on a free port with a fresh SQLite file, then runs every `specs/*.e2e.mjs`
// file with node:test in Debian's Chromium. Usage: node e2e/run.mjs [name-filter]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webRoot, '../..');
// E2E_API_MAIN runs the suite against another build of the API (e.g. a branch under review).
const apiMain = resolve(process.env.E2E_API_MAIN ?? resolve(webRoot, '../api/dist/main.js'));
const webDist = resolve(webRoot, 'dist');
const filter = process.argv[2] ?? '';

function runOrFail(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`e2e: "${command} ${args.join(' ')}" failed`);
    process.exit(1);
  }
}

// The API is not a dependency of the web package, so turbo's ^build does not build it for us:
// build it here (turbo's cache makes this instant when nothing changed).
if (!process.env.E2E_API_MAIN) {
  runOrFail(
    'npx',
    ['turbo', 'run', 'build', '--filter=@lagebild/api', '--output-logs=errors-only'],
    repoRoot,
  );
}
if (!existsSync(apiMain)) {
  console.error(`e2e: ${apiMain} is missing`);
  process.exit(1);
}
if (!existsSync(join(webDist, 'index.html'))) {
  console.log('e2e: building the dashboard first');
  runOrFail('npx', ['vite', 'build'], webRoot);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(baseUrl, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`the API did not answer /health within ${timeoutMs} ms`);
}

const workDir = mkdtempSync(join(tmpdir(), 'lagebild-e2e-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const apiLog = [];
const server = spawn(process.execPath, [apiMain], {
  cwd: dirname(dirname(apiMain)),
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(workDir, 'e2e.sqlite')}`,
    LAGEBILD_DEMO: 'true',
    LAGEBILD_WEB_DIST: webDist,
    // The static copy of the status page the server keeps current (specs/settings.e2e.mjs).
    LAGEBILD_STATIC_EXPORT_DIR: join(workDir, 'static-status'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => apiLog.push(chunk.toString()));
server.stderr.on('data', (chunk) => apiLog.push(chunk.toString()));

let exitCode = 1;
try {
  await waitForHealth(baseUrl, server);
  const specsDir = join(webRoot, 'e2e/specs');
  const specs = readdirSync(specsDir)
    .filter((file) => file.endsWith('.e2e.mjs') && file.includes(filter))
    .sort()
    .map((file) => join(specsDir, file));
  console.log(`e2e: API and dashboard at ${baseUrl}; running ${specs.length} spec file(s)`);
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
    cwd: webRoot,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_STATIC_DIR: join(workDir, 'static-status') },
  });
  exitCode = result.status ?? 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  server.kill('SIGTERM');
  if (exitCode !== 0) {
    console.error('e2e: API output follows\n' + apiLog.join('').slice(-8000));
  }
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
