/**
 * The public API of the Lagebild domain: every rule and calculation the API and the dashboard
 * use. Pure: no I/O, no framework, no clock (`now` is always a parameter).
 *
 * Each area adds its exports in its own block below.
 */

// --- shared
export { DomainError, isDomainError } from './shared/domain-error';
/**
 * Plausibility at the edge: a recorded time may lie at most a day ahead of now, a promise (next
 * update, due time) at most 30 days.
 */
export {
  RECORDED_TIME_MAX_AHEAD_HOURS,
  PROMISE_MAX_AHEAD_DAYS,
  validateRecordedTime,
  validatePromisedTime,
} from './shared/plausible-time';
export type {
  DomainErrorCode,
  FieldIssue,
  FieldIssueCode,
  IssueParams,
} from './shared/domain-error';
/** Refuses a change based on a stale version with CONFLICT (optimistic concurrency). */
export { assertCurrentVersion } from './shared/version';

// --- services and the dependency graph
/** The status-page status values, in the order status pages list them. */
export { SERVICE_STATUSES } from './service-graph/service';
/** How bad each status is (0 = operational); used to find the worst one. */
export { SERVICE_STATUS_SEVERITY } from './service-graph/service';
/** The allowed service tiers, 1 (most critical) to 4. */
export { SERVICE_TIERS } from './service-graph/service';
/** Limits of the service fields, shared by validation, the API and forms. */
export {
  SERVICE_KEY_PATTERN,
  SERVICE_KEY_MAX_LENGTH,
  SERVICE_NAME_MAX_LENGTH,
  SERVICE_DESCRIPTION_MAX_LENGTH,
  SERVICE_OBJECTIVE_MAX_MINUTES,
  OUTAGE_ORDERS_PER_HOUR_MAX,
  OUTAGE_EUROS_PER_HOUR_MAX,
} from './service-graph/service';
/** Type guard for a status-page status value coming from outside. */
export { isServiceStatus } from './service-graph/service';
/** True for every status but `OPERATIONAL`. */
export { isServiceImpaired } from './service-graph/service';
/** The worst of several statuses, e.g. the overall status of the status page. */
export { worstServiceStatus } from './service-graph/service';
/** Field-by-field validation of a service input; returns every issue found. */
export { validateServiceInput } from './service-graph/service';
/** A service, its status, tier and objectives; the input to create or change one. */
export type {
  OutageCostPerHour,
  Service,
  ServiceInput,
  ServiceStatus,
  ServiceTier,
} from './service-graph/service';
/** Finds one dependency cycle as a key path such as `['a', 'b', 'a']`, or `null`. */
export { findDependencyCycle } from './service-graph/service-graph';
/** Throws `BAD_USER_INPUT` naming the cycle when the catalogue's dependencies loop. */
export { assertNoDependencyCycle } from './service-graph/service-graph';
/** Everything that depends on a service, transitively, nearest first. */
export { dependentsOf } from './service-graph/service-graph';
/** Everything a service needs, transitively, nearest first. */
export { dependenciesOf } from './service-graph/service-graph';
/** Orders services so each follows what it depends on; rejects cycles. */
export { sortByDependencies } from './service-graph/service-graph';
/** The part of a service the graph functions need (`key`, `dependsOn`). */
export type { ServiceNode } from './service-graph/service-graph';

// --- incidents
/** Severities SEV1 (the business cannot work) to SEV4, and a guard for outside values. */
export { SEVERITIES, isSeverity } from './incident/incident';
/** Incident references: `formatIncidentRef(1)` is `INC-0001`; `parseIncidentRef` reverses it. */
export { formatIncidentRef, parseIncidentRef } from './incident/incident';
/** Declares an incident in `INVESTIGATING`, validating every field. */
export { declareIncident } from './incident/incident';
/** Changes an incident's descriptive fields (never its status). */
export { reviseIncident } from './incident/incident';
/** Moves an incident through the state machine; resolving closes open impacts. */
export { transitionIncident, resolveIncident } from './incident/incident';
/** True while an incident is not resolved. */
export { isIncidentActive } from './incident/incident';
/** Checks that a time lies between the year 2000 and `now`; returns field issues. */
export { validatePastTime } from './incident/incident';
/** Field limits of incidents and people's names. */
export {
  INCIDENT_TITLE_MAX_LENGTH,
  INCIDENT_SUMMARY_MAX_LENGTH,
  PERSON_NAME_MAX_LENGTH,
  EARLIEST_INCIDENT_TIME,
} from './incident/incident';
/** Timeline visibilities: `INTERNAL` (team) or `PUBLIC` (status page, feed). */
export { UPDATE_VISIBILITIES } from './incident/incident';
/** What the public reads as an incident's name (never the internal title), as a code and in words. */
export {
  publicIncidentTitle,
  publicIncidentTitleText,
  publicTitleOfIncident,
  INCIDENT_PUBLIC_TITLE_MAX_LENGTH,
} from './incident/public-title';
export type { PublicIncidentTitle, PublicIncidentTitleCode } from './incident/public-title';
/** An incident, its impacts and timeline updates, and the inputs that create or change it. */
export type {
  Incident,
  Severity,
  ServiceImpact,
  TimelineUpdate,
  UpdateVisibility,
  DeclareIncidentInput,
  ReviseIncidentInput,
  NewIncidentIdentity,
} from './incident/incident';
/** The incident status state machine: statuses, the transition table and its checks. */
export {
  INCIDENT_STATUSES,
  ACTIVE_INCIDENT_STATUSES,
  INCIDENT_TRANSITIONS,
  INCIDENT_STATUS_LABELS,
  isIncidentStatus,
  isActiveIncidentStatus,
  canTransition,
  allowedNextStatuses,
  transitionRejection,
  assertIncidentTransition,
} from './incident/incident-status';
/** An incident's lifecycle status. */
export type { IncidentStatus } from './incident/incident-status';
/** Records a service's changed condition within an incident (opens, updates or closes an impact). */
export { setServiceImpact } from './incident/incident-impact';
/** Open impacts of an incident, overall or for one service. */
export { openImpacts, openImpactOf } from './incident/incident-impact';
/** A service's status as the open impacts say (the worst, or `OPERATIONAL`). */
export { serviceStatusFromImpacts } from './incident/incident-impact';
/** Impact propagation: down services plus everything depending on them. */
export { affectedServices, impactPropagation } from './incident/incident-impact';
/** A change of a service's condition; an affected service and its cause. */
export type { ServiceImpactChange, AffectedService } from './incident/incident-impact';
/** Appends a timeline update, optionally moving the status through the state machine. */
export { postTimelineUpdate } from './incident/incident-timeline';
/** Timeline views: in order of events, public only, and the latest public word. */
export { timelineInOrder, publicTimeline, lastPublicUpdate } from './incident/incident-timeline';
/** Field limits of timeline updates. */
export { UPDATE_BODY_MAX_LENGTH, UPDATE_AUTHOR_MAX_LENGTH } from './incident/incident-timeline';
/** What a responder writes into the timeline. */
export type { TimelineUpdateInput } from './incident/incident-timeline';
/** Two-phase closure: is the business (not just the technology) recovered, and what is missing. */
export { businessRecovery, describeGap } from './incident/business-recovery';
/** Inputs and result of the two-phase closure. */
export type {
  BusinessRecovery,
  BusinessRecoveryInput,
  ClosureBacklog,
  RecoveryGap,
} from './incident/business-recovery';

// --- working calendar
/** The default calendar (Monday–Friday 08:00–17:00 Europe/Berlin, no holidays) and its parts. */
export {
  DEFAULT_WORKING_CALENDAR,
  DEFAULT_WORKING_HOURS,
  DEFAULT_TIME_ZONE,
} from './calendar/working-calendar';
/** Builds a checked calendar from partial settings (defaults fill the gaps); throws BAD_USER_INPUT. */
export { createWorkingCalendar } from './calendar/working-calendar';
/** Field-by-field validation of calendar settings; returns every issue found. */
export { validateWorkingCalendarSettings } from './calendar/working-calendar';
/** Working hours in an ordinary week of a calendar. */
export { weeklyWorkingHours } from './calendar/working-calendar';
/** True for a real date written `yyyy-MM-dd` (the holiday format). */
export { isIsoDate } from './calendar/working-calendar';
/** A calendar, its settings and one working period of a weekday. */
export type {
  WorkingCalendar,
  WorkingCalendarSettings,
  WorkingPeriod,
  WorkingPeriodInput,
  IsoWeekday,
} from './calendar/working-calendar';
/** Working hours between two instants (fractional, real elapsed time). */
export { workingHoursBetween } from './calendar/working-time';
/** The instant at which N working hours have passed after a start. */
export { addWorkingHours } from './calendar/working-time';
/** Iterates the working intervals between two instants (or open-ended). */
export { workingIntervals } from './calendar/working-time';
/** A half-open interval `[start, end)` of instants. */
export type { TimeInterval } from './calendar/working-time';

// --- backlogs and their forecasts
/** Field-by-field validation of a new backlog, a capacity, a snapshot and a batch of items. */
export {
  validateBacklogInput,
  validateBacklogCapacity,
  validateBacklogSnapshot,
  validateBacklogItems,
} from './backlog/backlog';
/** Limits of backlog fields (key, texts, counts, rates, items per call, instant range). */
export {
  BACKLOG_KEY_PATTERN,
  BACKLOG_KEY_MAX_LENGTH,
  BACKLOG_NAME_MAX_LENGTH,
  BACKLOG_UNIT_MAX_LENGTH,
  BACKLOG_EXTERNAL_REF_MAX_LENGTH,
  BACKLOG_MAX_OPEN,
  BACKLOG_MAX_STAFF,
  BACKLOG_MAX_ITEMS_PER_STAFF_HOUR,
  BACKLOG_MAX_ARRIVAL_RATE_PER_HOUR,
  BACKLOG_MAX_PROMISE_HOURS,
  BACKLOG_MAX_ITEMS_PER_CALL,
  BACKLOG_EARLIEST_INSTANT,
  BACKLOG_LATEST_INSTANT,
} from './backlog/backlog';
/** True for a valid instant between 1970 and the end of 2999. */
export { isInstantInRange } from './backlog/backlog';
/** At most this many problems are listed in one refusal; one broken export often breaks every row. */
export { MAX_ITEM_ISSUES } from './backlog/backlog';
/** The open count at an instant: open items if there are items, else the latest snapshot. */
export { openCountAt, isItemOpenAt, latestSnapshotAt } from './backlog/backlog';
/** The same open-count rule for counts already aggregated (e.g. by SQL). */
export { currentOpenCount } from './backlog/backlog';
/** True when a backlog no longer holds up business recovery: empty or accepted as is. */
export { isBacklogSettled } from './backlog/backlog';
/** A backlog, its capacity, snapshots, items and the input that creates one. */
export type {
  Backlog,
  BacklogCapacity,
  BacklogInput,
  BacklogItem,
  BacklogSnapshot,
} from './backlog/backlog';
/** Estimates arrivals per hour from recent snapshots (corrected for work done) or from items. */
export {
  estimateArrivalRate,
  estimateArrivalRateFromItems,
  DEFAULT_ARRIVAL_WINDOW_HOURS,
} from './backlog/arrival-rate';
/** An arrival-rate estimate and the options of the snapshot-based one. */
export type { ArrivalRateEstimate, SnapshotArrivalOptions } from './backlog/arrival-rate';
/** The full forecast: clears at, hours to clear, staff needed, promises missed, projection. */
export { forecastBacklog } from './backlog/backlog-forecast';
/** What-if: the full forecast with a different number of people. */
export { forecastWithStaff } from './backlog/backlog-forecast';
/** When the open count first reaches zero, or why it does not (`null` + reason). */
export { forecastClearance } from './backlog/backlog-forecast';
/** Smallest whole number of people that clears the backlog by a deadline, or why none can. */
export { staffNeededByDeadline, staffToClearWithinWeek } from './backlog/backlog-forecast';
/** The projected open count from `asOf` until it clears, for drawing the forecast line. */
export { projectBurnDown } from './backlog/backlog-forecast';
/** Open items (FIFO) that will be finished after their due time. */
export { itemsMissingPromise } from './backlog/backlog-forecast';
/** Checks a forecast's starting numbers; throws BAD_USER_INPUT. */
export { assertValidForecastInput } from './backlog/backlog-forecast';
/** Default look-ahead (366 days), the "within a week" span (7 days), the furthest look (3660). */
export {
  DEFAULT_FORECAST_HORIZON_DAYS,
  CLEAR_WITHIN_DAYS,
  MAX_FORECAST_DAYS,
} from './backlog/backlog-forecast';
/** Forecast inputs, options, results and their parts. */
export type {
  BacklogForecast,
  BacklogForecastInput,
  BacklogForecastOptions,
  BurnDownPoint,
  Clearance,
  ItemMissingPromise,
  NotClearingReason,
  StaffNeed,
  StaffNeedUnreachableReason,
} from './backlog/backlog-forecast';
/** Forecasts a stored backlog from its settings and history (open count, arrival rate chosen). */
export { forecastForBacklog } from './backlog/forecast-for-backlog';
/** The history and question behind a stored backlog's forecast, and its result. */
export type {
  ArrivalRateSource,
  BacklogHistory,
  BacklogForecastRequest,
  StoredBacklogForecast,
} from './backlog/forecast-for-backlog';
/** Forecasts a stored backlog from SQL aggregates of its history instead of every item. */
export {
  forecastFromAggregates,
  cellsNeedingItems,
  aggregateItemHistory,
  utcHourOf,
} from './backlog/forecast-from-aggregates';
/** Lists the first items missing their promise from a forecast reading only the rows listed. */
export {
  missingPromisePagePlan,
  itemsMissingPromisePage,
} from './backlog/forecast-from-aggregates';
/** The aggregates a forecast reads, its result and the plan of a page of late items. */
export type {
  AggregatedBacklogForecast,
  BacklogHistoryAggregates,
  HourCells,
  HourlyItemCount,
  MissingPromisePagePlan,
  OpenItemBucket,
  PositionedItem,
  ReceivedHourMisses,
  UtcHour,
} from './backlog/forecast-from-aggregates';
/** A backlog's items as columns in queue order, kept at hand by a server for large backlogs. */
export {
  aggregateItemQueue,
  compareQueueOrder,
  itemQueueOf,
  openItemsOfQueue,
  positionedItemsOfQueue,
  sameOpenItemsAt,
  sortedDoneMs,
  windowCountsOfQueue,
} from './backlog/item-queue';
export type { ItemQueue } from './backlog/item-queue';
/** Item counts per arrival, due and done hour that a store keeps beside the items. */
export {
  applyItemGroupChanges,
  groupItems,
  itemGroupChanges,
  itemCountChange,
  itemGroupOf,
} from './backlog/item-groups';
export type { BacklogItemGroup, BacklogItemGroupKey, ItemCountChange } from './backlog/item-groups';
/**
 * Offline capture: a CSV of items or counts written on paper during an outage. Columns and their
 * German and English headers, typed dates and counts, limits, and problems by line.
 */
export {
  CAPTURE_COLUMNS,
  CAPTURE_DATE_EXAMPLES,
  CAPTURE_KINDS,
  CAPTURE_MAX_CSV_LENGTH,
  CAPTURE_MAX_ISSUES,
  CAPTURE_MAX_ROWS,
  captureDelimiter,
  captureSyntaxIssue,
  captureTemplate,
  normaliseHeader,
  parseCaptureCount,
  parseCaptureInstant,
  readCapture,
  unreadableCapture,
} from './backlog/capture';
export type {
  CaptureColumn,
  CaptureContext,
  CapturedCount,
  CapturedItem,
  CaptureIssue,
  CaptureIssueCode,
  CaptureKind,
  CaptureLocale,
  CaptureReading,
  CaptureRecord,
} from './backlog/capture';

// --- customer communication and communication debt
/** The channels, audiences, locales and statuses of a communication. */
export {
  COMMUNICATION_CHANNELS,
  COMMUNICATION_AUDIENCES,
  COMMUNICATION_LOCALES,
  COMMUNICATION_STATUSES,
} from './communication/communication';
/** Which audiences each channel can reach (only e-mail can be internal). */
export { CHANNEL_AUDIENCES, channelReachesAudience } from './communication/communication';
/** Type guards for channel, audience and locale values coming from outside. */
export {
  isCommunicationChannel,
  isCommunicationAudience,
  isCommunicationLocale,
} from './communication/communication';
/** Field limits of a communication's subject and body. */
export {
  COMMUNICATION_SUBJECT_MAX_LENGTH,
  COMMUNICATION_BODY_MAX_LENGTH,
} from './communication/communication';
/** Field-by-field validation of a draft; returns every issue found. */
export { validateCommunicationDraft } from './communication/communication';
/** Creates a checked communication in `DRAFT`; throws BAD_USER_INPUT. */
export { draftCommunication } from './communication/communication';
/** A draft with new text, changed in place; CONFLICT once it is no longer a draft. */
export { editCommunicationDraft, type CommunicationDraftText } from './communication/communication';
/** True for public status-page messages: publishing them adds a public timeline entry. */
export { belongsOnPublicTimeline } from './communication/communication';
/** A communication, its channel/audience/locale/status values and the draft input. */
export type {
  Communication,
  CommunicationAudience,
  CommunicationChannel,
  CommunicationDraftInput,
  CommunicationLocale,
  CommunicationStatus,
} from './communication/communication';
/** The communication state machine: DRAFT -> APPROVED -> PUBLISHED, or RETRACTED. */
export {
  COMMUNICATION_TRANSITIONS,
  canTransitionCommunication,
  communicationTransitionRefusal,
  fourEyesRefusal,
  transitionCommunication,
} from './communication/communication-status';
/** Communication debt: overdue minutes, next due time and last public word at `now`. */
export { communicationDebt } from './communication/communication-debt';
/** True when at least one service was impaired by the incident, so customers can feel it. */
export { isCustomerFacing } from './communication/communication-debt';
/** The default cadence (SEV1 60, SEV2 120, SEV3 480 minutes, SEV4 none) and configured ones. */
export {
  DEFAULT_COMMUNICATION_CADENCE,
  communicationCadence,
  validateCommunicationCadence,
} from './communication/communication-debt';
/** Inputs and result of the communication debt. */
export type {
  CommunicationCadence,
  CommunicationDebt,
  CommunicationDebtExemption,
  CommunicationDebtInput,
  CommunicationDebtStatus,
} from './communication/communication-debt';

// --- communication templates
/** Template kinds (INITIAL, UPDATE, RESOLVED) and the default time zone for dates. */
export {
  COMMUNICATION_TEMPLATE_KINDS,
  DEFAULT_COMMUNICATION_TIME_ZONE,
} from './communication/communication-template';
/** The variables templates may use, top level and per list item, and which may be absent. */
export {
  COMMUNICATION_TEMPLATE_VARIABLES,
  COMMUNICATION_TEMPLATE_LIST_ITEMS,
  OPTIONAL_TEMPLATE_VARIABLES,
} from './communication/communication-template';
/**
 * What the help desk's auto-responder and the phone announcement repeat: the newest standing
 * text per incident, never after the outage (follow-ups for a few days), in the language asked.
 */
export {
  ANNOUNCEMENT_CHANNELS,
  ANNOUNCEMENT_AFTER_RESOLUTION_DAYS,
  announcementStandsAt,
  standingAnnouncement,
  announcementText,
} from './communication/standing-announcements';
export type {
  AnnouncementChannel,
  AnnouncementMessage,
  AnnouncementIncident,
  AnnouncementAnswer,
  StandingAnnouncement,
} from './communication/standing-announcements';
/** Checks a custom template: it compiles, uses known variables and only if/unless/each. */
export { validateCommunicationTemplate } from './communication/communication-template';
/** Renders subject and body in strict mode; a variable without a value is BAD_USER_INPUT. */
export { renderCommunicationTemplate } from './communication/communication-template';
/** The formatted variables a template sees for an incident's state. */
export { communicationTemplateVariables } from './communication/communication-template';
/** Dates as customers read them: full date-time, and deadlines like "Thursday" or "tomorrow". */
export { formatDateTime, formatDeadline } from './communication/communication-template';
/** Template text, the incident state it is rendered from, options and result. */
export type {
  BacklogForecastFacts,
  CommunicationRenderOptions,
  CommunicationTemplate,
  CommunicationTemplateKind,
  CommunicationTemplateState,
  RenderedCommunication,
  TemplateFieldOptions,
  TemplateVariables,
} from './communication/communication-template';
/** The built-in template for a channel, kind and locale. */
export { builtInCommunicationTemplate } from './communication/built-in-templates';
/** Which kind fits: RESOLVED once resolved, INITIAL before any public word, else UPDATE. */
export { suggestCommunicationTemplateKind } from './communication/built-in-templates';

// --- public status page
/** The overall indicator and description of the status page from services and incidents. */
export { statusPageOverall, STATUS_INDICATOR_DESCRIPTIONS } from './communication/status-page';
/** How each severity weighs on the page (SEV1 critical … SEV4 none). */
export { SEVERITY_IMPACT } from './communication/status-page';
/** Service and incident statuses as the common status-page format writes them. */
export { statusPageComponentStatus, statusPageIncidentStatus } from './communication/status-page';
/** Which incidents the public sees, and for how long resolved ones stay in the history. */
export {
  isPubliclyVisible,
  isInPublicHistory,
  STATUS_PAGE_HISTORY_DAYS,
} from './communication/status-page';
/** Values of the common status-page format and the overall status line. */
export type {
  StatusIndicator,
  StatusPageComponentStatus,
  StatusPageIncidentStatus,
  StatusPageOverall,
} from './communication/status-page';

// --- metrics
/** Per-incident metrics: detection, first public word, recovery vs RTO, backlogs, promises, silence. */
export { incidentMetrics } from './metrics/incident-metrics';
/** Each service's time to recover against its RTO, impacts grouped per service. */
export { serviceRecoveries } from './metrics/incident-metrics';
/** The longest gap between public words within a time window. */
export { longestSilence } from './metrics/incident-metrics';
/** Whole minutes between two instants, rounded down, never negative. */
export { wholeMinutesBetween } from './metrics/incident-metrics';
/** Items that missed their promise by a moment: due before it and not done by their due time. */
export { itemPromisesMissed } from './metrics/incident-metrics';
/** Inputs and results of the per-incident metrics. */
export type {
  BacklogFacts,
  BacklogMetric,
  ImpactFacts,
  IncidentMetrics,
  IncidentMetricsInput,
  PublicUpdateFacts,
  RtoOutcome,
  ServiceRecoveryMetric,
} from './metrics/incident-metrics';
/** Metrics over a period: incidents by severity, MTTR, RTO compliance share. */
export { periodMetrics } from './metrics/period-metrics';
/** Inputs and result of the period metrics. */
export type { PeriodIncidentFacts, PeriodMetrics } from './metrics/period-metrics';
/** The situation picture: active then, counts by severity, outages vs RTO, progress, backlog totals. */
export {
  wasIncidentActiveAt,
  countBySeverity,
  serviceOutagesAt,
  recoveryProgressAgainstRto,
  backlogTotals,
} from './metrics/situation-overview';
/** Inputs and results of the situation-picture functions. */
export type {
  IncidentSpan,
  OutageService,
  OutageImpact,
  ServiceOutage,
  PlanProgressFacts,
  RecoveryProgress,
  BacklogTotalsFacts,
  BacklogTotals,
} from './metrics/situation-overview';

// --- recovery priorities
/** Recovery task statuses and their transition table. */
export {
  RECOVERY_TASK_STATUSES,
  RECOVERY_TASK_TRANSITIONS,
  isRecoveryTaskStatus,
  canTransitionRecoveryTask,
  assertRecoveryTaskTransition,
} from './recovery/recovery-task-status';
/** Where a recovery task stands: TODO, IN_PROGRESS, BLOCKED or DONE. */
export type { RecoveryTaskStatus } from './recovery/recovery-task-status';
/** Creates a recovery task (validated against the incident's tasks and the services). */
export { createRecoveryTask } from './recovery/recovery-task';
/** Changes a recovery task; status changes go through the transition table. */
export { reviseRecoveryTask, transitionRecoveryTask } from './recovery/recovery-task';
/** Throws `BAD_USER_INPUT` naming a loop in the tasks' dependencies by their titles. */
export { assertNoTaskCycle } from './recovery/recovery-task';
/** True for tasks that still need work (not DONE). */
export { isOpenRecoveryTask } from './recovery/recovery-task';
/** Field limits of recovery tasks and overrides. */
export {
  TASK_TITLE_MAX_LENGTH,
  TASK_OWNER_MAX_LENGTH,
  TASK_ESTIMATE_MAX_MINUTES,
  OVERRIDE_REASON_MAX_LENGTH,
  OVERRIDE_RANK_MAX,
} from './recovery/recovery-task';
/** A recovery task, a manual override, and the inputs that create or change a task. */
export type {
  RecoveryTask,
  RecoveryOverride,
  RecoveryTaskInput,
  RecoveryTaskChanges,
  RecoveryTaskContext,
} from './recovery/recovery-task';
/** Ranks an incident's recovery tasks: dependencies first, overrides win, then the score. */
export { rankRecoveryTasks } from './recovery/recovery-ranking';
/** The points of the ranking score, by criterion (documented in docs/domain.md). */
export { RANKING_POINTS, OUTAGE_POINTS } from './recovery/recovery-ranking';
/** Inputs and results of the ranking, with reasons as sentences and as data. */
export type {
  RankRecoveryInput,
  RankingService,
  RankingBacklog,
  RankedRecoveryTask,
  ScoreBreakdown,
  RankReason,
  RankReasonCode,
} from './recovery/recovery-ranking';
/** The critical path of open work and when the plan is expected to complete. */
export { recoveryPlan, remainingMinutes } from './recovery/recovery-plan';
/** The result of `recoveryPlan`. */
export type { RecoveryPlan } from './recovery/recovery-plan';
/** Durations and lists in plain English ("2 h 30 min", "A, B and C"). */
export { formatDurationMinutes, joinAsList } from './recovery/duration-text';

// --- the situation picture as one truth
/**
 * "Customers were told": the words to customers standing at a moment (published, not retracted),
 * which timeline entries a retraction withdrew, and whether one entry is on the public record.
 */
export {
  isPublicEntryAt,
  latestPublicWord,
  messageStandsAt,
  promisedNextUpdateAt,
  publicWordsAt,
  withdrawnEntryIds,
} from './situation/public-words';
export type { MessageFacts, PublicWord } from './situation/public-words';
/**
 * Debt, metrics and business recovery of one incident at a moment, and the whole situation
 * (`situationAt`) from the facts the API gathered.
 */
export {
  businessRecoveryAt,
  incidentDebtAt,
  incidentMetricsAt,
  situationAt,
} from './situation/situation';
export type {
  ActiveIncidentSituation,
  IncidentFactSet,
  Situation,
  SituationBacklog,
  SituationFacts,
  SituationService,
  UnrecoveredIncidentSituation,
} from './situation/situation';

// --- continuity (impact analysis before and after the outage)
/** Suppliers that promise slower recovery than a service needing them (transitively) may be down. */
export { supplierGaps, SUPPLIER_GAP_CODES } from './continuity/supplier-gaps';
export type { ContinuityService, SupplierGap, SupplierGapCode } from './continuity/supplier-gaps';
/** The estimated orders and euros an outage cost so far; the share each status counts. */
export { outageCostSoFar, OUTAGE_COST_STATUS_FACTORS } from './continuity/outage-cost';
export type {
  CostImpact,
  CostService,
  OutageCost,
  ServiceOutageCost,
} from './continuity/outage-cost';
/** A typed duration ("2 h", "90 min", "1,5 Std.") in whole minutes; null when unreadable. */
export { parseDurationMinutes } from './shared/duration-input';
/** Checks a backlog's name, unit and promise when they are changed after creation. */
export { validateBacklogDetails, type BacklogDetails } from './backlog/backlog';
/**
 * Telling people: status subscribers (double opt-in, who receives a public update), the retry
 * schedule of outbound messages, Standard Webhooks signatures and the webhook address rules.
 */
export {
  confirmationExpiresAt,
  confirmSubscription,
  normaliseEmail,
  recipientsOfPublicUpdate,
  subscribe,
  SUBSCRIBER_EMAIL_MAX_LENGTH,
  subscriberCountsByService,
  SUBSCRIPTION_CONFIRM_HOURS,
  SUBSCRIPTION_SERVICE_KEYS_MAX,
  unsubscribe,
  validateSubscription,
} from './delivery/subscription';
export type { SubscribeOutcome, Subscriber, SubscriberStatus } from './delivery/subscription';
export {
  decideAfterAttempt,
  DELIVERY_MAX_ATTEMPTS,
  RateWindow,
  retryDelayMs,
  retryFailedDelivery,
  webhookOutcome,
} from './delivery/delivery-schedule';
export type { AttemptDecision, AttemptOutcome, DeliveryStatus } from './delivery/delivery-schedule';
export {
  assertPublicAddresses,
  formatWebhookSecret,
  isNonPublicAddress,
  signWebhook,
  validateWebhookSubscription,
  webhookBody,
  WEBHOOK_DESCRIPTION_MAX_LENGTH,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_SECRET_PREFIX,
  WEBHOOK_SERVICE_KEYS_MAX,
  WEBHOOK_URL_MAX_LENGTH,
  webhooksFor,
} from './delivery/webhook';
export type { WebhookEventType } from './delivery/webhook';
export { confirmationMail, publicUpdateMail } from './delivery/subscriber-mail';
export type { SubscriberMail } from './delivery/subscriber-mail';
/** Notices to the affected customers: customers on items, cohorts, suppression, merge fields. */
export {
  COHORT_MAX_BACKLOGS,
  COHORT_MAX_REFS_NAMED,
  COHORT_SAMPLE_COUNT,
  cohortCorrectionText,
  correctionRefusal,
  emptyCohortRefusal,
  cohortMergeFieldsUsed,
  cohortMergeValues,
  CUSTOMER_EMAIL_MAX_LENGTH,
  CUSTOMER_NAME_MAX_LENGTH,
  isEmailAddress,
  itemCustomer,
  needsCohort,
  normaliseCustomerEmail,
  renderCohortMail,
  selectCohort,
  validateCohort,
  validateItemCustomer,
} from './delivery/cohort';
export type {
  CohortItem,
  CohortMail,
  CohortMergeFacts,
  CohortRecipient,
  CohortSelection,
  CohortSpec,
  ItemCustomer,
  ItemCustomerInput,
} from './delivery/cohort';
export { COHORT_MERGE_FIELDS, type CohortMergeField } from './delivery/cohort-fields';
/** How long sent messages keep their text, and what pruning does with each. */
export {
  OUTBOX_PRUNE_INTERVAL_MS,
  OUTBOX_RETENTION_DAYS_DEFAULT,
  outboxPruneAction,
  outboxPruneCutoff,
} from './delivery/outbox-retention';
export type { OutboxPruneAction } from './delivery/outbox-retention';
export {
  entriesForSubscribers,
  incidentEventData,
  incidentEventType,
  servicesConcerned,
} from './delivery/incident-events';
/** Who runs this Lagebild and how it speaks to the public: rules, limits and the public services. */
export {
  CADENCE_MAX_MINUTES,
  CONTACT_WAY_KINDS,
  CONTACT_WAY_LABEL_MAX_LENGTH,
  CONTACT_WAY_VALUE_MAX_LENGTH,
  CONTACT_WAYS_MAX,
  DEFAULT_ORGANISATION_SETTINGS,
  isTimeZone,
  normaliseOrganisationSettings,
  ORGANISATION_NAME_MAX_LENGTH,
  PUBLIC_URL_MAX_LENGTH,
  publishedServices,
  SERVICE_PUBLIC_NAME_MAX_LENGTH,
  STATUS_PAGE_TITLE_MAX_LENGTH,
  statusPageTitleOf,
  SUPPORT_CONTACT_MAX_LENGTH,
  validateOrganisationSettings,
} from './settings/organisation-settings';
export type {
  ContactWay,
  ContactWayKind,
  OrganisationSettings,
  ServicePublication,
} from './settings/organisation-settings';

// Personal data: the breach record kept with an incident and the 72-hour clock (GDPR Art. 33).
/** Protection goals, authority decisions, the 72 hours, text and estimate limits. */
export {
  BREACH_ASPECTS,
  AUTHORITY_DECISIONS,
  BREACH_NOTIFICATION_HOURS,
  BREACH_TEXT_MAX_LENGTH,
  BREACH_AFFECTED_PEOPLE_MAX,
} from './personal-data/data-breach';
/** Checks a breach record (reasons required for "not required" and for late notification). */
export { validateDataBreach, toDataBreachRecord } from './personal-data/data-breach';
/** When the authority must be notified, and where the clock stands at a moment. */
export {
  notificationDeadline,
  notificationClock,
  notificationClockAt,
} from './personal-data/data-breach';
export type {
  BreachAspect,
  AuthorityDecision,
  DataBreachRecord,
  DataBreachInput,
  NotificationClock,
  NotificationClockState,
} from './personal-data/data-breach';

// Post-incident review: numbers and findings from the incident's data, written sections, actions.
/** Limits of the written sections and follow-up actions. */
export {
  REVIEW_TEXT_MAX_LENGTH,
  REVIEW_ACTION_TITLE_MAX_LENGTH,
  REVIEW_ACTION_OWNER_MAX_LENGTH,
  REVIEW_ACTIONS_MAX,
} from './review/post-incident-review';
/** The review's numbers and findings; when a backlog cleared for good. */
export { postIncidentReview, clearedAtOf } from './review/post-incident-review';
/** Checks the written sections and a follow-up action. */
export { validateReviewText, validateReviewAction } from './review/post-incident-review';
/** The review as Markdown in German or English. */
export { reviewMarkdown } from './review/post-incident-review';
export type {
  ReviewBacklogFacts,
  ReviewBacklog,
  ReviewFinding,
  ReviewFindingCode,
  ReviewInput,
  ReviewFacts,
  ReviewTextInput,
  ReviewActionInput,
  ReviewDocument,
} from './review/post-incident-review';

/** Continuation plans: fallback procedures per service, their activation and added capacity. */
export {
  PLAN_TITLE_MAX_LENGTH,
  PLAN_OWNER_MAX_LENGTH,
  PLAN_STEP_MAX_LENGTH,
  PLAN_MAX_STEPS,
  PLAN_NEED_MAX_LENGTH,
  PLAN_MAX_NEEDS,
  PLAN_MAX_STAFF,
  validateContinuationPlan,
  toContinuationPlan,
  isActivationActiveAt,
  assertCanActivate,
  endActivation,
  capacityWithActivePlans,
} from './continuity/continuation-plan';
export type {
  ContinuationPlan,
  ContinuationPlanInput,
  PlanCapacity,
  PlanActivation,
  PlanCapacityActivation,
  CapacityWithPlans,
} from './continuity/continuation-plan';

/** Exercises: a scenario played apart from real incidents, its own clock, the post-exercise report. */
export {
  EXERCISE_TITLE_MAX_LENGTH,
  EXERCISE_ENTRY_MAX_LENGTH,
  EXERCISE_MAX_ENTRIES,
  EXERCISE_IMPROVEMENT_TITLE_MAX_LENGTH,
  EXERCISE_IMPROVEMENT_OWNER_MAX_LENGTH,
  EXERCISE_MAX_IMPROVEMENTS,
  EXERCISE_MAX_ADVANCE_MINUTES,
  EXERCISE_MAX_ELAPSED_MINUTES,
  EXERCISE_ENTRY_KINDS,
  EXERCISE_INJECT_CODES,
  SERVER_FAILURE_FRIDAY,
  BUILT_IN_SCENARIOS,
  builtInScenario,
  arrivedInjects,
  nextInject,
  assertExerciseRunning,
  advanceExerciseClock,
  validateExerciseTitle,
  validateExerciseEntry,
  validateExerciseImprovement,
  endExercise,
} from './exercise/exercise';
export type {
  ExerciseEntryKind,
  ExerciseInjectCode,
  ExerciseInject,
  ExerciseScenario,
  ExerciseClock,
  ClockStep,
  ExerciseEntryInput,
  ExerciseImprovementInput,
} from './exercise/exercise';
/** The post-exercise report, exercise time labels, and the report as Markdown in de/en. */
export {
  exerciseReport,
  exerciseTimeLabel,
  exerciseSpan,
  exerciseInjectText,
  exerciseReportMarkdown,
} from './exercise/exercise-report';
export type {
  ExerciseEntryFacts,
  ExerciseImprovementFacts,
  ExerciseReportInput,
  ExerciseTimelineItem,
  ExerciseReport,
  ExerciseReportDocument,
} from './exercise/exercise-report';
