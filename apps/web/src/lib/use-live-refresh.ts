import { useEffect, useRef } from 'react';
import { useSubscription, type AnyVariables, type TypedDocumentNode } from 'urql';

/**
 * Re-reads a screen whenever the API reports a change through a subscription (anyone's
 * change), so nobody has to reload by hand.
 */
export function useLiveRefresh<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  refresh: () => void,
  pause = false,
): void {
  const [{ data }] = useSubscription({ query: subscription, variables, pause });
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);
  useEffect(() => {
    if (data) latest.current();
  }, [data]);
}
