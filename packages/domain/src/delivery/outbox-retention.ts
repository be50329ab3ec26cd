/** How long a sent message keeps its text unless configured otherwise. */
export const OUTBOX_RETENTION_DAYS_DEFAULT = 30;
/** How often a worker prunes at most. */
export const OUTBOX_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * What happens to a message sent before the retention's cutoff. A message that is a
 * communication's delivery record keeps its row (recipient, status, attempts, last error, sent
 * time: the evidence of who was told) and loses its text and headers (the personal merge of
 * that customer's facts); any other sent message (confirmations, subscriber updates, webhook
 * calls) is deleted. Queued and failed messages are never pruned.
 */
export type OutboxPruneAction = 'KEEP' | 'DROP_BODY' | 'DELETE';

/** The cutoff: messages sent before it are pruned. */
export function outboxPruneCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}

/** What pruning does with one message (see {@link OutboxPruneAction}). */
export function outboxPruneAction(
  message: { status: string; sentAt: Date | null; communicationId: string | null },
  cutoff: Date,
): OutboxPruneAction {
  if (message.status !== 'SENT' || message.sentAt === null) return 'KEEP';
  if (message.sentAt.getTime() >= cutoff.getTime()) return 'KEEP';
  return message.communicationId === null ? 'DELETE' : 'DROP_BODY';
}
