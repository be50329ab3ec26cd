import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { prepareDatabase, DatabaseUnreachableError } from './database/preflight';

async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config.database);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const base = `http://localhost:${config.port}`;
  console.log(`\nLagebild is running.\n  Dashboard: ${base}/\n  GraphQL:   ${base}/graphql\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  const code = (error as { code?: string }).code;
  console.error(
    known
      ? (error as Error).message
      : code === 'EADDRINUSE'
        ? 'Cannot start: the port is already in use (set PORT to a free port)'
        : `Cannot start Lagebild: ${String((error as Error).message ?? error).split('\n')[0]}`,
  );
  process.exit(1);
});
