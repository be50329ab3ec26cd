/**
 * Shared display components of the Lagebild dashboard. Display only: no data fetching, no
 * translations (callers pass words in the reader's language).
 */
export { StatusBadge } from './status-badge/status-badge';
export type { ServiceStatus, StatusBadgeProps } from './status-badge/status-badge';
export { SeverityBadge } from './severity-badge/severity-badge';
export type { Severity, SeverityBadgeProps } from './severity-badge/severity-badge';
export { Card, StatCard } from './card/card';
export type { CardProps, StatCardProps, Tone } from './card/card';
export { LoadingState, EmptyState, ErrorState } from './state-views/state-views';
export type { ErrorStateProps } from './state-views/state-views';
export { Timeline } from './timeline/timeline';
export type { TimelineEntry, TimelineProps, TimelineVisibility } from './timeline/timeline';
export { RtoProgress } from './rto-progress/rto-progress';
export type { RtoProgressProps } from './rto-progress/rto-progress';
export { Alarm } from './alarm/alarm';
export type { AlarmProps } from './alarm/alarm';
