import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  requestLogin,
  requestLogout,
  requestRefresh,
  type AuthOutcome,
  type SessionGrant,
} from './auth-api';

export type Role = 'VIEWER' | 'RESPONDER' | 'ADMIN';

export interface SessionUser {
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser | null;
  /** True while a session from an earlier visit is being restored. */
  restoring: boolean;
  /** Changes whenever the person behind the session changes. */
  sessionId: number;
  accessToken: () => string | null;
  logIn: (email: string, password: string) => Promise<AuthOutcome>;
  logOut: () => Promise<void>;
  /**
   * Called when the API refused the access token: renews it once through the refresh cookie,
   * and forgets the session (back to the login) when that fails too.
   */
  expire: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Refresh this long before the access token expires, so requests never carry a stale one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * Keeps who is signed in. The short-lived access token lives in memory only; the API's
 * refresh cookie (httpOnly) restores the session after a reload and renews it before expiry.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const tokenRef = useRef<string | null>(null);
  const emailRef = useRef<string | null>(null);
  const [user, setUser] = useState<SessionUser | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [sessionId, setSessionId] = useState(0);

  const [expiresAt, setExpiresAt] = useState<string | null>(null);

  const clear = useCallback(() => {
    // Only a real change of person gets a fresh client; clearing twice must not loop.
    const hadSession = emailRef.current !== null;
    tokenRef.current = null;
    emailRef.current = null;
    setUser(null);
    setExpiresAt(null);
    if (hadSession) setSessionId((id) => id + 1);
  }, []);

  const apply = useCallback((grant: SessionGrant) => {
    tokenRef.current = grant.accessToken;
    setUser(grant.user);
    setExpiresAt(grant.expiresAt);
    if (emailRef.current !== grant.user.email) {
      emailRef.current = grant.user.email;
      setSessionId((id) => id + 1);
    }
  }, []);

  // Renew the access token shortly before it expires, for as long as the refresh cookie lasts.
  useEffect(() => {
    if (!expiresAt) return;
    const delay = Math.max(5_000, Date.parse(expiresAt) - Date.now() - REFRESH_MARGIN_MS);
    const timer = window.setTimeout(() => {
      void requestRefresh().then((outcome) => (outcome.ok ? apply(outcome.grant) : clear()));
    }, delay);
    return () => window.clearTimeout(timer);
  }, [expiresAt, apply, clear]);

  useEffect(() => {
    let cancelled = false;
    void requestRefresh().then((outcome) => {
      if (cancelled) return;
      if (outcome.ok) apply(outcome.grant);
      setRestoring(false);
    });
    return () => {
      cancelled = true;
    };
  }, [apply]);

  const accessToken = useCallback(() => tokenRef.current, []);
  const logIn = useCallback(
    async (email: string, password: string) => {
      const outcome = await requestLogin(email, password);
      if (outcome.ok) apply(outcome.grant);
      return outcome;
    },
    [apply],
  );
  const logOut = useCallback(async () => {
    await requestLogout(tokenRef.current);
    clear();
  }, [clear]);

  const expire = useCallback(() => {
    void requestRefresh().then((outcome) => (outcome.ok ? apply(outcome.grant) : clear()));
  }, [apply, clear]);

  const session = useMemo(
    () => ({ user, restoring, sessionId, accessToken, logIn, logOut, expire }),
    [user, restoring, sessionId, accessToken, logIn, logOut, expire],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}
