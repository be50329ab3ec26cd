import type { ServiceStatus } from '@lagebild/domain';

export type { ServiceStatus };

export interface StatusBadgeProps {
  status: ServiceStatus;
  /** The status in the reader's language; the badge shows it as text, never colour alone. */
  label: string;
}

const symbols: Record<ServiceStatus, string> = {
  OPERATIONAL: '●',
  DEGRADED_PERFORMANCE: '▲',
  PARTIAL_OUTAGE: '◆',
  MAJOR_OUTAGE: '■',
  UNDER_MAINTENANCE: '◇',
};

/** A service's status as a coloured pill with a shape and a word, so it reads without colour. */
export function StatusBadge({ status, label }: StatusBadgeProps) {
  const modifier = status.toLowerCase().replaceAll('_', '-');
  return (
    <span className={`lb-badge lb-status lb-status--${modifier}`} data-status={status}>
      <span className="lb-badge__symbol" aria-hidden="true">
        {symbols[status]}
      </span>
      {label}
    </span>
  );
}
