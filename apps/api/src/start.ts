import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { DatabaseUnreachableError, prepareDatabase } from './database/preflight';

export type StartResult =
  | { ok: true; app: NestFastifyApplication; urls: { dashboard: string; graphql: string } }
  | { ok: false; message: string };

/**
 * Validates the environment, prepares the database and serves. Every expected failure comes
 * back as one line for the operator instead of a stack trace.
 */
export async function start(env: NodeJS.ProcessEnv): Promise<StartResult> {
  try {
    const config = loadConfig(env);
    await prepareDatabase(config.database);
    const app = await createApp(config);
    await app.listen(config.port, config.host);
    const base = `http://localhost:${config.port}`;
    return { ok: true, app, urls: { dashboard: `${base}/`, graphql: `${base}/graphql` } };
  } catch (error) {
    return { ok: false, message: describeStartFailure(error) };
  }
}

function describeStartFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError) {
    return error.message;
  }
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    return 'Cannot start: the port is already in use (set PORT to a free port)';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Cannot start Lagebild: ${message.split('\n')[0]}`;
}
