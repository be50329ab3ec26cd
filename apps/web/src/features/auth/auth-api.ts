import type { Role, SessionUser } from './session';

/** What the API answers to a successful login or refresh. */
export interface SessionGrant {
  accessToken: string;
  /** When the access token stops working (ISO-8601). */
  expiresAt: string;
  user: SessionUser;
}

export type AuthOutcome =
  { ok: true; grant: SessionGrant } | { ok: false; code: string; message: string };

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<T>(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResponse<T>;
}

const grantFields = `accessToken expiresAt user { email name role }`;

interface RawGrant {
  accessToken: string;
  expiresAt: string;
  user: { email: string; name: string | null; role: Role };
}

function toGrant(raw: RawGrant): SessionGrant {
  return {
    accessToken: raw.accessToken,
    expiresAt: raw.expiresAt,
    user: { email: raw.user.email, name: raw.user.name ?? raw.user.email, role: raw.user.role },
  };
}

async function grantFrom(
  request: Promise<GraphqlResponse<Record<string, RawGrant | null>>>,
  field: string,
): Promise<AuthOutcome> {
  try {
    const result = await request;
    const raw = result.data?.[field];
    if (raw) return { ok: true, grant: toGrant(raw) };
    const error = result.errors?.[0];
    return {
      ok: false,
      code: error?.extensions?.code ?? 'UNKNOWN',
      message: error?.message ?? 'no answer',
    };
  } catch (error) {
    return {
      ok: false,
      code: 'NETWORK',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export function requestLogin(email: string, password: string): Promise<AuthOutcome> {
  return grantFrom(
    post(`mutation Login($input: LoginInput!) { login(input: $input) { ${grantFields} } }`, {
      input: { email, password },
    }),
    'login',
  );
}

let refreshInFlight: Promise<AuthOutcome> | null = null;

/**
 * Trades the refresh cookie for a new access token; fails quietly without a session.
 * Concurrent callers share one request, because each refresh replaces the cookie.
 */
export function requestRefresh(): Promise<AuthOutcome> {
  refreshInFlight ??= grantFrom(
    post(`mutation RefreshSession { refreshSession(input: {}) { ${grantFields} } }`, {}),
    'refreshSession',
  ).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

export async function requestLogout(token: string | null): Promise<void> {
  try {
    await post(`mutation Logout { logout(input: {}) }`, {}, token ?? undefined);
  } catch {
    // Logging out locally still happens; the refresh cookie expires on its own.
  }
}
