import { currentOpenCount, isBacklogSettled, type RankingBacklog } from '@lagebild/domain';
import { type BacklogEntity } from '../backlogs/backlog.entity';
import { type BacklogCounts } from '../backlogs/backlogs.repository';

/** The backlogs that can wait for a service: linked to one and not yet settled. */
export function backlogsWaitingForServices(
  entities: readonly BacklogEntity[],
): (BacklogEntity & { serviceKey: string })[] {
  return entities.filter(
    (entity): entity is BacklogEntity & { serviceKey: string } =>
      entity.serviceKey !== null && !entity.accepted,
  );
}

/**
 * Backlog rows + their SQL counts -> what the ranking reads. Settled backlogs (nothing open,
 * or accepted as is) hold nothing up and are left out.
 */
export function toRankingBacklogs(
  entities: readonly (BacklogEntity & { serviceKey: string })[],
  counts: readonly BacklogCounts[],
): RankingBacklog[] {
  const result: RankingBacklog[] = [];
  entities.forEach((entity, index) => {
    const open = currentOpenCount(
      counts[index] ?? { itemCount: 0, openItemCount: 0, latestSnapshotOpen: null },
    );
    if (isBacklogSettled(entity, open)) return;
    result.push({ key: entity.key, name: entity.name, open, serviceKeys: [entity.serviceKey] });
  });
  return result;
}
