// Reference servers and load runners, each forked as its own process.
import { type ChildProcess, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadResult, type LoadSpec, type ReferenceSpec } from './reference-protocol';

export interface RunningReference {
  pid: number;
  stop(): Promise<void>;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function startReference(spec: ReferenceSpec, workDir: string): Promise<RunningReference> {
  const specFile = join(workDir, `reference-${spec.kind}.json`);
  writeFileSync(specFile, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'reference-server.js'), [specFile], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const onExit = (code: number | null) =>
      reject(new Error(`The ${spec.kind} reference exited early with code ${code}`));
    child.once('exit', onExit);
    child.once('message', () => {
      child.off('exit', onExit);
      resolve({ pid: child.pid ?? -1, stop: () => stop(child) });
    });
  });
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-runner.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: LoadResult | undefined;
    child.once('message', (message: LoadResult) => {
      result = message;
    });
    child.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`autocannon exited with code ${code} without a result`));
    });
    child.send(spec);
  });
}
