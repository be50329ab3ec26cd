import { estimateArrivalRate, estimateArrivalRateFromItems } from './arrival-rate';
import { openCountAt, type Backlog, type BacklogItem, type BacklogSnapshot } from './backlog';
import { forecastBacklog, type BacklogForecast } from './backlog-forecast';

/** Where a forecast's arrival rate came from. */
export type ArrivalRateSource = 'SETTING' | 'ITEMS' | 'SNAPSHOTS' | 'NONE';

/** What is known of a backlog's past: reported counts and, for item-level backlogs, items. */
export interface BacklogHistory {
  snapshots: readonly BacklogSnapshot[];
  /**
   * Items; for the forecast, those received by `asOf` that were open then or arrived in the
   * last 72 h are enough (older finished ones change nothing).
   */
  items: readonly BacklogItem[];
  /** The backlog has items (even if none were passed); default: `items` is not empty. */
  itemLevel?: boolean;
}

/** The question asked of a stored backlog. */
export interface BacklogForecastRequest {
  asOf: Date;
  deadline?: Date | null;
  /** What-if: forecast with this many people instead of the backlog's staff. */
  staff?: number | null;
  projectionUntil?: Date;
}

/** A forecast of a stored backlog, with the source of its arrival rate. */
export interface StoredBacklogForecast extends BacklogForecast {
  arrivalRateSource: ArrivalRateSource;
}

/**
 * Forecasts a stored backlog from its settings and history at `asOf`: the open count follows
 * `openCountAt` (items first, else the latest snapshot); the arrival rate is the backlog's
 * setting, else estimated from items received in the last 72 h, else from the snapshots of
 * the last 72 h (corrected for the work done), else 0. Items without a due time are due
 * `promiseHours` after they arrived.
 */
export function forecastForBacklog(
  backlog: Backlog,
  history: BacklogHistory,
  request: BacklogForecastRequest,
): StoredBacklogForecast {
  const staff = request.staff ?? backlog.capacity.staff;
  const capacityPerHour = staff * backlog.capacity.itemsPerStaffHour;
  let arrivalRateSource: ArrivalRateSource = 'NONE';
  let arrivalRatePerHour = 0;
  if (backlog.arrivalRatePerHour !== null) {
    arrivalRateSource = 'SETTING';
    arrivalRatePerHour = backlog.arrivalRatePerHour;
  } else {
    const estimate =
      (history.itemLevel ?? history.items.length > 0)
        ? estimateArrivalRateFromItems(history.items, request.asOf)
        : estimateArrivalRate(history.snapshots, {
            asOf: request.asOf,
            calendar: backlog.calendar,
            capacityPerHour,
          });
    if (estimate !== null) {
      arrivalRateSource = estimate.method;
      arrivalRatePerHour = estimate.ratePerHour;
    }
  }
  const forecast = forecastBacklog(
    {
      asOf: request.asOf,
      open: openCountAt(history, request.asOf),
      staff,
      itemsPerStaffHour: backlog.capacity.itemsPerStaffHour,
      arrivalRatePerHour,
      calendar: backlog.calendar,
    },
    {
      deadline: request.deadline ?? null,
      items: history.items,
      promiseHours: backlog.promiseHours,
      ...(request.projectionUntil === undefined
        ? {}
        : { projectionUntil: request.projectionUntil }),
    },
  );
  return { ...forecast, arrivalRateSource };
}
