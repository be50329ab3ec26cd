import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../bootstrap';
import { type AppConfig, loadConfig } from '../config/config';
import { StaticExportService } from '../status-page/static-export.service';
import { backupDatabase, restoreDatabase } from '../database/portable/backup';
import { PortableError } from '../database/portable/portable-error';
import { exportDatabase, importDatabase } from '../database/portable/transfer';

const USAGE =
  'usage: npm run lagebild -- <export FILE | import FILE | static-export DIR | backup FILE | restore FILE>';

/** A wrong call of the tool: reported as one line, exit code 2. */
class UsageError extends Error {}

/** Paths are meant from where the person ran npm, not from the API's folder. */
function pathArgument(args: string[], command: string, what = 'FILE'): string {
  const [file, ...rest] = args;
  if (!file) throw new UsageError(`${command} needs a ${what}: ${USAGE}`);
  if (rest.length > 0) {
    throw new UsageError(`${command} takes one ${what}, got ${args.length} arguments: ${USAGE}`);
  }
  const base = process.env['INIT_CWD'] ?? process.cwd();
  return isAbsolute(file) ? file : resolve(base, file);
}

/**
 * Runs `work` with the application built as the server builds it (same services, same public
 * picture), without listening and without the demo story or the static refresh of its own.
 */
async function withApp(
  config: AppConfig,
  work: (app: NestFastifyApplication) => Promise<void>,
): Promise<void> {
  if (config.database.kind === 'sqlite' && !existsSync(config.database.path)) {
    throw new PortableError(`There is no database at ${config.database.path}`);
  }
  const app = await createApp(
    {
      ...config,
      demo: false,
      staticExportDir: undefined,
      backups: { ...config.backups, dir: undefined },
    },
    { quiet: true },
  );
  try {
    await app.init();
    await work(app);
  } finally {
    await app.close();
  }
}

async function run(argv: string[]): Promise<string> {
  const [command, ...args] = argv;
  if (!command) throw new UsageError(USAGE);
  const config = loadConfig(process.env);
  switch (command) {
    case 'export': {
      const file = pathArgument(args, command);
      const { tables, rows } = await exportDatabase(config.database, file, new Date());
      return `Exported ${rows} rows of ${tables} tables to ${file}`;
    }
    case 'import': {
      const file = pathArgument(args, command);
      const { tables, rows } = await importDatabase(config.database, file);
      return `Imported ${rows} rows of ${tables} tables from ${file}`;
    }
    case 'static-export': {
      const dir = pathArgument(args, command, 'DIR');
      await withApp(config, (app) => app.get(StaticExportService).exportTo(dir));
      return `Wrote the static status site to ${dir}`;
    }
    case 'backup':
      return backupDatabase(config.database, pathArgument(args, command), new Date());
    case 'restore':
      return restoreDatabase(config.database, pathArgument(args, command), new Date());
    default:
      throw new UsageError(`Unknown command "${command}": ${USAGE}`);
  }
}

run(process.argv.slice(2)).then(
  (message) => {
    process.stdout.write(`${message}\n`);
  },
  (error: unknown) => {
    // One line: the first of the message (a driver's error may add more).
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    process.stderr.write(`lagebild: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
