import { useMemo, type ReactNode } from 'react';
import { Provider as GraphqlProvider } from 'urql';
import { createGraphqlClient } from '../lib/graphql/client';
import { SessionProvider, useSession } from '../features/auth/session';

function GraphqlClientProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const { accessToken, sessionId, expire } = session;
  // A new client per session so nothing cached for one person is shown to the next.
  const client = useMemo(
    () => createGraphqlClient({ accessToken, onUnauthenticated: expire }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sessionId],
  );
  return <GraphqlProvider value={client}>{children}</GraphqlProvider>;
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <GraphqlClientProvider>{children}</GraphqlClientProvider>
    </SessionProvider>
  );
}
