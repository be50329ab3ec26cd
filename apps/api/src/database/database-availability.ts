/** Socket-level failures of reaching a database server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** PostgreSQL's connection exceptions (class 08) and shutdowns (57P01–57P03). */
const POSTGRES_UNAVAILABLE = /^(08|57P0[123])/;

/** What node-postgres says when the server went away or never answered. */
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended/i;

/**
 * Whether an error means the database could not be reached (an outage, a restart, a network
 * cut), as opposed to a refusal of the statement itself. Such errors are answered
 * `SERVICE_UNAVAILABLE` without their text, which names the database's address.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const { code, message, driverError, cause } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_UNAVAILABLE.test(code))) {
      return true;
    }
    if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
    current = driverError ?? cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is not reachable at the moment. Try again shortly; a retry with the same idempotency key is safe.';
