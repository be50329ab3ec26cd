import { isAbsolute, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config';
import { PortableError } from '../database/portable/export-document';
import { exportDatabase, importDatabase } from '../database/portable/transfer';

const USAGE = 'usage: npm run lagebild -- <export FILE | import FILE>';

/** A wrong call of the tool: reported as one line, exit code 2. */
class UsageError extends Error {}

/** Paths are meant from where the person ran npm, not from the API's folder. */
function pathArgument(args: string[], command: string): string {
  const [file, ...rest] = args;
  if (!file) throw new UsageError(`${command} needs a FILE: ${USAGE}`);
  if (rest.length > 0)
    throw new UsageError(`${command} takes one FILE, got ${args.length} arguments: ${USAGE}`);
  const base = process.env['INIT_CWD'] ?? process.cwd();
  return isAbsolute(file) ? file : resolve(base, file);
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
    default:
      throw new UsageError(`Unknown command "${command}": ${USAGE}`);
  }
}

run(process.argv.slice(2)).then(
  (message) => {
    process.stdout.write(`${message}\n`);
  },
  (error: unknown) => {
    const known =
      error instanceof UsageError || error instanceof PortableError || error instanceof ConfigError;
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    process.stderr.write(
      `lagebild: ${known ? message : `${message}${code === 'ENOENT' ? '' : ''}`.split('\n')[0]}\n`,
    );
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
