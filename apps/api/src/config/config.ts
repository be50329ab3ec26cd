import { createHash } from 'node:crypto';
import { resolve as resolvePath } from 'node:path';
import { z } from 'zod';
import { OUTBOX_RETENTION_DAYS_DEFAULT } from '@lagebild/domain';

/**
 * The one place that reads `process.env`. Everything else receives a validated, typed `AppConfig`.
 * Every variable is listed in `.env.example` at the repository root.
 */

const DATABASE_URL_PATTERN = /^(sqlite:.+|postgres(ql)?:\/\/.+)$/;

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(0, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(DATABASE_URL_PATTERN, 'must start with sqlite: (a file path) or postgres://')
    .default('sqlite:./data/lagebild.sqlite'),
  LAGEBILD_DEMO: booleanFlag.default(true),
  LAGEBILD_PUBLIC_URL: z.url({ error: 'must be an absolute URL' }).optional(),
  LAGEBILD_WEB_DIST: z.string().min(1).optional(),
  LAGEBILD_STATIC_EXPORT_DIR: z.string().min(1).optional(),
  LAGEBILD_BACKUP_DIR: z.string().min(1).optional(),
  LAGEBILD_BACKUP_EVERY_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes between 1 and 10080' })
    .int('must be a whole number of minutes between 1 and 10080')
    .min(1, 'must be a whole number of minutes between 1 and 10080')
    .max(10_080, 'must be a whole number of minutes between 1 and 10080')
    .default(60),
  LAGEBILD_BACKUP_KEEP: z.coerce
    .number({ error: 'must be a whole number of backups between 1 and 1000' })
    .int('must be a whole number of backups between 1 and 1000')
    .min(1, 'must be a whole number of backups between 1 and 1000')
    .max(1000, 'must be a whole number of backups between 1 and 1000')
    .default(24),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must start with redis:// or rediss://')
    .optional(),
  LAGEBILD_LIVE_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -')
    .optional(),
  LAGEBILD_PICTURE_COALESCE_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds between 0 and 10000' })
    .int('must be a whole number of milliseconds between 0 and 10000')
    .min(0, 'must be a whole number of milliseconds between 0 and 10000')
    .max(10_000, 'must be a whole number of milliseconds between 0 and 10000')
    .default(200),
  LAGEBILD_KEPT_QUEUE_ITEMS: z.coerce
    .number({ error: 'must be a whole number of items, 0 or more' })
    .int('must be a whole number of items, 0 or more')
    .min(0, 'must be a whole number of items, 0 or more')
    .default(4_000_000),
  BODY_LIMIT_BYTES: z.coerce
    .number({ error: 'must be a whole number of bytes' })
    .int()
    .min(1024, 'must be at least 1024')
    .default(10 * 1024 * 1024),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  NODE_ENV: z.string().optional(),
  LAGEBILD_GRAPHIQL: booleanFlag.optional(),
  LAGEBILD_OPEN_INTROSPECTION: booleanFlag.optional(),
  LAGEBILD_ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  LAGEBILD_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  LAGEBILD_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s/]+/, 'must start with smtp:// or smtps:// and name a host')
    .optional(),
  LAGEBILD_MAIL_FROM: z
    .string()
    .max(320)
    .regex(/^[^\r\n]+$/, 'must be one line, e.g. "Shop status <status@shop.example>"')
    .optional(),
  LAGEBILD_WEBHOOK_ALLOW_PRIVATE: booleanFlag.default(false),
  LAGEBILD_DELIVERY_WORKER: booleanFlag.default(true),
  LAGEBILD_DELIVERY_RATE_PER_SECOND: z.coerce
    .number({ error: 'must be a whole number of messages per second between 1 and 10000' })
    .int('must be a whole number of messages per second between 1 and 10000')
    .min(1, 'must be a whole number of messages per second between 1 and 10000')
    .max(10_000, 'must be a whole number of messages per second between 1 and 10000')
    .default(50),
  LAGEBILD_DELIVERY_CONCURRENCY: z.coerce
    .number({ error: 'must be a whole number of messages in flight between 1 and 64' })
    .int('must be a whole number of messages in flight between 1 and 64')
    .min(1, 'must be a whole number of messages in flight between 1 and 64')
    .max(64, 'must be a whole number of messages in flight between 1 and 64')
    .default(8),
  LAGEBILD_OUTBOX_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days between 1 and 3650' })
    .int('must be a whole number of days between 1 and 3650')
    .min(1, 'must be a whole number of days between 1 and 3650')
    .max(3650, 'must be a whole number of days between 1 and 3650')
    .default(OUTBOX_RETENTION_DAYS_DEFAULT),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim().replace(/\/+$/, ''))
        .filter((origin) => origin !== ''),
    )
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins (https://host)' })))
    .default([]),
  LAGEBILD_TRUSTED_PROXIES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          error: 'must be a comma-separated list of IP addresses or CIDR ranges (10.0.0.0/8)',
        }),
      ),
    )
    .default([]),
});

export type DatabaseConfig =
  { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema?: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  demo: boolean;
  publicUrl: string | undefined;
  webDist: string | undefined;
  /** Where the static status site is kept current after every public change; unset: nowhere. */
  staticExportDir: string | undefined;
  /** Scheduled backups: where, how often, how many are kept; `dir` unset: none. */
  backups: { dir: string | undefined; everyMinutes: number; keep: number };
  redisUrl: string | undefined;
  /** Put before every live topic, so installations sharing one Redis do not hear each other. */
  liveTopicPrefix: string;
  picture: PictureConfig;
  /**
   * How many backlog items the queues kept in memory for forecasts may hold together (24 bytes
   * each); 0 keeps none and forecasts read the SQL aggregates only (see docs/adr/0004).
   */
  keptQueueItems: number;
  bodyLimitBytes: number;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  auth: AuthConfig;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  /** Whether `/graphiql` is served (default: everywhere but in production). */
  graphiql: boolean;
  /** Whether callers who are not signed in may read the schema (default: not in production). */
  openIntrospection: boolean;
  /**
   * Addresses (or CIDR ranges) of the proxies whose `X-Forwarded-For` is believed; empty means
   * the client address is the connection's own, whatever the headers say.
   */
  trustedProxies: string[];
  delivery: DeliveryConfig;
}

/** How mails and webhook calls leave the outbox (see docs/adr/0010). */
export interface DeliveryConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; without it mail stays in the outbox unsent. */
  smtpUrl: string | undefined;
  /** The sender of every mail. */
  mailFrom: string;
  /** Lets webhooks reach private and loopback addresses (tests, internal receivers). */
  allowPrivateWebhooks: boolean;
  /** Whether this instance sends at all (an instance may only write, e.g. during a migration). */
  workerEnabled: boolean;
  /** Messages this instance starts per second at most. */
  ratePerSecond: number;
  /** Messages in flight at once per instance, and pooled SMTP connections. */
  concurrency: number;
  /** How often the worker looks for due messages besides being woken by a commit. */
  pollMs: number;
  /** How long a claimed message belongs to one instance before another may take it. */
  leaseMs: number;
  /** A webhook receiver or the mail server must answer within this. */
  sendTimeoutMs: number;
  /** Sent messages older than this lose their text (delivery records) or are deleted (others). */
  retentionDays: number;
}

/** How the situation pictures are kept current (see docs/adr/0003). */
export interface PictureConfig {
  /** How long a change waits for further changes before the pictures are recomputed. */
  coalesceMs: number;
  /** How often time alone recomputes them (debt turns overdue, RTOs pass). */
  tickMs: number;
}

export interface AuthConfig {
  /** The first administrator, created once when both are set. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Signs access tokens; when unset a random secret is made per start (demo/dev only). */
  jwtSecret: string | undefined;
  /**
   * How long a person's role and enabled flag are reused between requests on one instance
   * (not an environment variable: tests set 0 to read on every request).
   */
  personAccessReuseMs: number;
}

/** A configuration problem, phrased as one line that names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    return { kind: 'sqlite', path: url.slice('sqlite:'.length) };
  }
  return { kind: 'postgres', url };
}

/**
 * The live topic prefix of a deployment when none is set: named after its database (server,
 * port and database name, or the SQLite file; never credentials), so the instances of one
 * deployment hear each other through a shared Redis and another deployment's do not.
 */
export function defaultLiveTopicPrefix(database: DatabaseConfig): string {
  let identity: string;
  if (database.kind === 'sqlite') identity = `sqlite:${resolvePath(database.path)}`;
  else {
    const url = new URL(database.url);
    identity = `postgres://${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  return `db-${createHash('sha256').update(identity).digest('hex').slice(0, 12)}.`;
}

/** Validates the environment; throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, as in most shells' `VAR= npm start`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const given = present[variable];
    throw new ConfigError(
      `Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}` +
        (given === undefined ? '' : ` (got "${given}")`),
    );
  }
  const values = parsed.data;
  if (
    (values.LAGEBILD_ADMIN_EMAIL === undefined) !==
    (values.LAGEBILD_ADMIN_PASSWORD === undefined)
  ) {
    throw new ConfigError(
      'Invalid configuration: LAGEBILD_ADMIN_EMAIL and LAGEBILD_ADMIN_PASSWORD must be set together',
    );
  }
  if (values.NODE_ENV === 'production' && values.LAGEBILD_JWT_SECRET === undefined) {
    // A per-start secret would log everyone out on restart and fail behind a load balancer.
    throw new ConfigError(
      'Invalid configuration: LAGEBILD_JWT_SECRET must be set in production (32+ random characters)',
    );
  }
  return {
    port: values.PORT,
    host: values.HOST,
    database: parseDatabaseUrl(values.DATABASE_URL),
    demo: values.LAGEBILD_DEMO,
    publicUrl: values.LAGEBILD_PUBLIC_URL,
    webDist: values.LAGEBILD_WEB_DIST,
    staticExportDir: values.LAGEBILD_STATIC_EXPORT_DIR,
    backups: {
      dir: values.LAGEBILD_BACKUP_DIR,
      everyMinutes: values.LAGEBILD_BACKUP_EVERY_MINUTES,
      keep: values.LAGEBILD_BACKUP_KEEP,
    },
    redisUrl: values.REDIS_URL,
    liveTopicPrefix:
      values.LAGEBILD_LIVE_TOPIC_PREFIX ??
      defaultLiveTopicPrefix(parseDatabaseUrl(values.DATABASE_URL)),
    // Every rule of the domain counts whole minutes; tests shorten the tick.
    picture: { coalesceMs: values.LAGEBILD_PICTURE_COALESCE_MS, tickMs: 60_000 },
    keptQueueItems: values.LAGEBILD_KEPT_QUEUE_ITEMS,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    logLevel: values.LOG_LEVEL,
    auth: {
      adminEmail: values.LAGEBILD_ADMIN_EMAIL?.toLowerCase(),
      adminPassword: values.LAGEBILD_ADMIN_PASSWORD,
      jwtSecret: values.LAGEBILD_JWT_SECRET,
      personAccessReuseMs: 1_000,
    },
    corsOrigins: values.CORS_ORIGINS,
    graphiql: values.LAGEBILD_GRAPHIQL ?? values.NODE_ENV !== 'production',
    openIntrospection: values.LAGEBILD_OPEN_INTROSPECTION ?? values.NODE_ENV !== 'production',
    trustedProxies: values.LAGEBILD_TRUSTED_PROXIES,
    delivery: {
      smtpUrl: values.SMTP_URL,
      mailFrom: values.LAGEBILD_MAIL_FROM ?? 'Lagebild <status@lagebild.invalid>',
      allowPrivateWebhooks: values.LAGEBILD_WEBHOOK_ALLOW_PRIVATE,
      workerEnabled: values.LAGEBILD_DELIVERY_WORKER,
      ratePerSecond: values.LAGEBILD_DELIVERY_RATE_PER_SECOND,
      concurrency: values.LAGEBILD_DELIVERY_CONCURRENCY,
      pollMs: 1_000,
      leaseMs: 120_000,
      sendTimeoutMs: 15_000,
      retentionDays: values.LAGEBILD_OUTBOX_RETENTION_DAYS,
    },
  };
}

/** Nest injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
