import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

export interface ClientOptions {
  /** Returns the current access token, or null for an anonymous request. */
  accessToken: () => string | null;
  /** Called when the API no longer accepts the session (expired, revoked, user disabled). */
  onUnauthenticated: () => void;
}

/** The dashboard's GraphQL client: HTTP for queries and mutations, WebSocket for live updates. */
export function createGraphqlClient({ accessToken, onUnauthenticated }: ClientOptions): Client {
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const wsClient = createWsClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Infinity,
    connectionParams: () => {
      const token = accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new Client({
    url: '/graphql',
    // Lists are re-read after mutations touching their typename; live data comes via subscriptions.
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
            onUnauthenticated();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
    fetchOptions: () => {
      const token = accessToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
    requestPolicy: 'cache-and-network',
  });
}
