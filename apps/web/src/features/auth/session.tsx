import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export type Role = 'VIEWER' | 'RESPONDER' | 'ADMIN';

export interface SessionUser {
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser | null;
  /** Changes whenever the person behind the session changes. */
  sessionId: number;
  accessToken: () => string | null;
  signIn: (user: SessionUser, accessToken: string) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const tokenRef = useRef<string | null>(null);
  const [user, setUser] = useState<SessionUser | null>(null);
  const [sessionId, setSessionId] = useState(0);

  const accessToken = useCallback(() => tokenRef.current, []);
  const signIn = useCallback((nextUser: SessionUser, token: string) => {
    tokenRef.current = token;
    setUser(nextUser);
    setSessionId((id) => id + 1);
  }, []);
  const signOut = useCallback(() => {
    tokenRef.current = null;
    setUser(null);
    setSessionId((id) => id + 1);
  }, []);

  const session = useMemo(
    () => ({ user, sessionId, accessToken, signIn, signOut }),
    [user, sessionId, accessToken, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}
