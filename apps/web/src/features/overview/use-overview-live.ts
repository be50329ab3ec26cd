import { useLiveRefresh } from '../../lib/use-live-refresh';
import { OverviewChangedSubscription } from './overview.queries';

export function useOverviewLive(refresh: () => void): void {
  useLiveRefresh(OverviewChangedSubscription, {}, refresh);
}
