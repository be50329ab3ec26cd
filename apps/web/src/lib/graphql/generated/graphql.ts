/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptBacklogInput = {
  /** true: accept what is left as is; false: take the acceptance back. */
  accepted?: boolean | null | undefined;
  backlogKey: string;
  /** The version the change is based on. */
  version: number;
};

export type ActivateContinuationPlanInput = {
  /** Safe to retry: the same key returns the first activation. */
  idempotencyKey: string;
  incidentId: string | number;
  planId: string | number;
};

export type AddRecoveryTaskInput = {
  /** Tasks of the same incident to finish first. */
  dependsOn?: Array<string | number> | null | undefined;
  /** Expected working time in minutes. */
  estimateMinutes?: number | null | undefined;
  incidentId: string | number;
  override?: RecoveryOverrideInput | null | undefined;
  owner?: string | null | undefined;
  /** Key of the service the task restores. */
  serviceKey?: string | null | undefined;
  /** True when doing the task gives customers a public word; it ranks higher while one is overdue. */
  tellsCustomers?: boolean | null | undefined;
  title: string;
};

/** A new follow-up action of a review. */
export type AddReviewActionInput = {
  /** ISO date, e.g. 2026-12-15. */
  dueOn?: string | null | undefined;
  /** Makes a retry safe: the same key returns the action the first call added. */
  idempotencyKey?: string | null | undefined;
  incidentId: string | number;
  owner?: string | null | undefined;
  title: string;
};

/** Either `minutes` or `toNextInject: true`. */
export type AdvanceExerciseClockInput = {
  id: string | number;
  /** Exercise minutes to move on. */
  minutes?: number | null | undefined;
  /** Move to the next inject. */
  toNextInject?: boolean | null | undefined;
  version: number;
};

/** Notifying the supervisory authority (GDPR Art. 33): not decided yet, notified, or not required (reason recorded). */
export type AuthorityDecision =
  | 'NOTIFIED'
  | 'NOT_REQUIRED'
  | 'PENDING';

/** What a capture file holds: ITEMS (one row per piece of work) or COUNTS (open at a moment). */
export type BacklogCaptureKind =
  | 'COUNTS'
  | 'ITEMS';

/** NO_CAPACITY: nobody works it; ARRIVALS_OUTPACE_CAPACITY: a week brings at least what is worked off; BEYOND_HORIZON: it shrinks but needs more than a year. */
export type BacklogNotClearingReason =
  | 'ARRIVALS_OUTPACE_CAPACITY'
  | 'BEYOND_HORIZON'
  | 'NO_CAPACITY';

/** Which protection goal of personal data the incident hit. */
export type BreachAspect =
  | 'AVAILABILITY'
  | 'CONFIDENTIALITY'
  | 'INTEGRITY';

/** The affected customers an e-mail goes to: those named on the items of these backlogs. */
export type CohortInput = {
  /** Backlog keys whose items name the customers. */
  backlogKeys: Array<string>;
  /** Only the customers of items still open when it is sent. */
  openOnly: boolean;
};

/** Who a message is for. Only e-mail can be INTERNAL. */
export type CommunicationAudience =
  | 'AFFECTED_CUSTOMERS'
  | 'INTERNAL'
  | 'PUBLIC';

/** Where a message goes out. */
export type CommunicationChannel =
  | 'AUTO_REPLY'
  | 'EMAIL'
  | 'PHONE_ANNOUNCEMENT'
  | 'SOCIAL'
  | 'STATUS_PAGE';

/** NOT_REQUIRED: nobody is owed a word; ON_TIME: not due yet; OVERDUE: due and unsaid. */
export type CommunicationDebtStatus =
  | 'NOT_REQUIRED'
  | 'ON_TIME'
  | 'OVERDUE';

/** The language of a message. */
export type CommunicationLocale =
  | 'de'
  | 'en';

/** DRAFT -> APPROVED -> PUBLISHED, or RETRACTED. */
export type CommunicationStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETRACTED';

/** Custom template text (Handlebars; see docs/domain.md for variables). */
export type CommunicationTemplateInput = {
  body: string;
  subject: string;
};

/** The occasion of a built-in template. */
export type CommunicationTemplateKind =
  | 'INITIAL'
  | 'PERSONAL_DATA'
  | 'RESOLVED'
  | 'UPDATE';

/** Moves a communication one step; `version` must be current. */
export type CommunicationTransitionInput = {
  id: string | number;
  version: number;
};

export type ContactWayInput = {
  kind: ContactWayKind;
  label: string;
  value: string;
};

/** How a contact way is reached: e-mail, phone, a web page, social media, post, other. */
export type ContactWayKind =
  | 'EMAIL'
  | 'OTHER'
  | 'PHONE'
  | 'POSTAL'
  | 'SOCIAL'
  | 'WEB';

export type CreateApiKeyInput = {
  /** Names the calling system, e.g. `shop` or `helpdesk`. */
  name: string;
  role: Role;
};

export type CreateBacklogInput = {
  /** New items per calendar hour; leave out to estimate from history. */
  arrivalRatePerHour?: number | null | undefined;
  calendar?: WorkingCalendarInput | null | undefined;
  /** The incident that caused it. */
  incidentId?: string | number | null | undefined;
  itemsPerStaffHour?: number | null | undefined;
  key: string;
  name: string;
  /** Promise in calendar hours, e.g. 24. */
  promiseHours?: number | null | undefined;
  /** Key of the service whose recovery the backlog waits for, e.g. the order database. */
  serviceKey?: string | null | undefined;
  staff?: number | null | undefined;
  /** What one item is, e.g. `e-mail`. */
  unit: string;
};

export type CreateContinuationPlanInput = {
  /** Extra people for a backlog while the plan is active; null for none. */
  addsCapacity?: PlanCapacityInput | null | undefined;
  needs: Array<string>;
  owner: string;
  serviceKey: string;
  steps: Array<string>;
  title: string;
};

export type CreateServiceInput = {
  dependsOn?: Array<string> | null | undefined;
  description?: string | null | undefined;
  key: string;
  /** Maximum tolerable period of disruption in minutes; at least rtoMinutes (BELOW_RTO otherwise). */
  mtpdMinutes?: number | null | undefined;
  name: string;
  /** The estimated cost of an hour of full outage. */
  outageCostPerHour?: OutageCostPerHourInput | null | undefined;
  rpoMinutes: number;
  rtoMinutes: number;
  /** An outside supplier; its rtoMinutes is the recovery time it promises. */
  supplier?: boolean | null | undefined;
  tier: number;
};

export type CreateUserInput = {
  email: string;
  /** Defaults to the e-mail address. */
  name?: string | null | undefined;
  /** At least 12 characters. */
  password: string;
  role: Role;
};

export type CreateWebhookSubscriptionInput = {
  description: string;
  /** Services whose events it receives; empty means all. */
  serviceKeys: Array<string>;
  url: string;
};

export type DeclareIncidentInput = {
  commander?: string | null | undefined;
  /** Defaults to now. */
  detectedAt?: string | null | undefined;
  /** Any string unique per declaration; a retry with it declares nothing new and returns the same incident. */
  idempotencyKey?: string | null | undefined;
  /** Services impaired since `startedAt`. */
  impacts?: Array<InitialImpactInput> | null | undefined;
  /** What the public reads instead of the title; left out or null: a neutral wording naming the affected services. */
  publicTitle?: string | null | undefined;
  severity: Severity;
  /** Defaults to now. */
  startedAt?: string | null | undefined;
  summary?: string | null | undefined;
  title: string;
};

export type DeleteContinuationPlanInput = {
  id: string | number;
  version: number;
};

export type DeliveryChannel =
  | 'EMAIL'
  | 'WEBHOOK';

/** QUEUED (waiting or retrying), SENT, or FAILED (gave up; can be retried). */
export type DeliveryStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type DisableWebhookSubscriptionInput = {
  id: string | number;
  /** The version the admin saw; a stale one is a CONFLICT. */
  version: number;
};

/** Renders a message from the incident’s current state. Without `template` the built-in one for channel, kind and locale is used. */
export type DraftCommunicationInput = {
  audience: CommunicationAudience;
  channel: CommunicationChannel;
  /** Required for an EMAIL to AFFECTED_CUSTOMERS (one mail per customer address, merged with their facts), refused otherwise. */
  cohort?: CohortInput | null | undefined;
  /** When we expect everything to work again, if the team wants to say so. */
  expectedRecoveryAt?: string | null | undefined;
  incidentId: string | number;
  /** Which built-in template; default: RESOLVED once resolved, INITIAL before any public word, else UPDATE. */
  kind?: CommunicationTemplateKind | null | undefined;
  locale: CommunicationLocale;
  template?: CommunicationTemplateInput | null | undefined;
  /** IANA time zone for dates; default Europe/Berlin. */
  timeZone?: string | null | undefined;
};

/** Drafts a correction to a customer notice already sent: mail cannot be unsent, so the same customers get a second mail. */
export type DraftCorrectionNoticeInput = {
  /** The notice to correct. */
  communicationId: string | number;
};

/** New text for a DRAFT, changed in place; `version` is the one the editor was opened with. */
export type EditCommunicationDraftInput = {
  body: string;
  /** A new cohort for an e-mail to the affected customers; left out: unchanged. */
  cohort?: CohortInput | null | undefined;
  id: string | number;
  subject: string;
  version: number;
};

export type EndContinuationPlanInput = {
  activationId: string | number;
};

export type EndExerciseInput = {
  id: string | number;
  version: number;
};

/** What an exercise log entry records: ACTION (what was done), DECISION, CUSTOMER_WORD (a word to customers drafted in the exercise; it goes nowhere), GAP (something missing). */
export type ExerciseEntryKind =
  | 'ACTION'
  | 'CUSTOMER_WORD'
  | 'DECISION'
  | 'GAP';

/** What happens in a scenario; clients word it by code. */
export type ExerciseInjectCode =
  | 'CARRIER_LABELS_FAIL'
  | 'CUSTOMERS_ASK'
  | 'EMAILS_PILE_UP'
  | 'ORDER_RECORDS_DAMAGED'
  | 'PHONES_DOWN'
  | 'SERVER_DOWN';

/** A CSV of work captured on paper while the systems were down. */
export type ImportBacklogCaptureInput = {
  backlogKey: string;
  /** The file's text (UTF-8, a leading BOM is ignored), delimited by ; , or tab; at most 5000000 characters. */
  csv: string;
  /** True: check the file and say what an import would do, writing nothing. */
  dryRun?: boolean | null | undefined;
  /** Any string unique per upload; a retry with it changes nothing and says replayed. */
  idempotencyKey?: string | null | undefined;
  kind: BacklogCaptureKind;
};

/** Every given criterion must match. */
export type IncidentFilterInput = {
  /** Only incidents that are not resolved. */
  activeOnly?: boolean | null | undefined;
  /** Only incidents that impact this service. */
  serviceKey?: string | null | undefined;
  severity?: Array<Severity> | null | undefined;
  /** Started at or after. */
  startedAfter?: string | null | undefined;
  /** Started before. */
  startedBefore?: string | null | undefined;
  status?: Array<IncidentStatus> | null | undefined;
};

/** INVESTIGATING → IDENTIFIED → RECOVERING → MONITORING → RESOLVED; forward skips allowed, a resolved incident can be reopened. */
export type IncidentStatus =
  | 'IDENTIFIED'
  | 'INVESTIGATING'
  | 'MONITORING'
  | 'RECOVERING'
  | 'RESOLVED';

/** A service that is impaired from the start of the incident. */
export type InitialImpactInput = {
  serviceKey: string;
  status: ServiceStatus;
};

export type LogExerciseEntryInput = {
  exerciseId: string | number;
  idempotencyKey: string;
  /** ACTION, DECISION, CUSTOMER_WORD or GAP. */
  kind: string;
  text: string;
};

/** Where the 72-hour clock stands. */
export type NotificationClockState =
  | 'NOTIFIED'
  | 'NOT_REQUIRED'
  | 'OVERDUE'
  | 'RUNNING';

export type OutageCostPerHourInput = {
  /** Euros lost per hour of full outage. */
  euros: number;
  /** Orders lost per hour of full outage. */
  orders: number;
};

/** What keeps a technically resolved incident from being business-recovered: an open backlog or customers not told. */
export type OverviewRecoveryGapCode =
  | 'BACKLOG_OPEN'
  | 'CUSTOMERS_NOT_TOLD'
  | 'NOT_RESOLVED';

export type PlanCapacityInput = {
  backlogKey: string;
  staff: number;
};

export type PostIncidentUpdateInput = {
  /** Defaults to the signed-in person or API key. */
  author?: string | null | undefined;
  body: string;
  /** When it happened, for entries written after the fact. Defaults to now. */
  displayAt?: string | null | undefined;
  /** Any string unique per update of this incident; a retry with it adds nothing and returns the incident. */
  idempotencyKey?: string | null | undefined;
  incidentId: string | number;
  /** When readers can expect the next update. */
  nextUpdateAt?: string | null | undefined;
  /** Move the incident to this status (checked against the state machine). */
  statusChange?: IncidentStatus | null | undefined;
  /** If given, the update is refused when the incident changed since. */
  version?: number | null | undefined;
  visibility: UpdateVisibility;
};

/** How the public title of an incident is made (see `PublicIncident.titleCode`). */
export type PublicIncidentTitleCode =
  | 'DISRUPTION'
  | 'SET';

/** Publishes an approved communication. A public status-page message also becomes a public timeline entry of the incident. */
export type PublishCommunicationInput = {
  id: string | number;
  /** The next update promised to readers (kept on the timeline entry). */
  nextUpdateAt?: string | null | undefined;
  version: number;
};

export type RecordBacklogSnapshotInput = {
  at: string;
  backlogKey: string;
  /** Any string unique per report; a retry with it changes nothing. */
  idempotencyKey: string;
  /** Items open at `at`. */
  open: number;
};

export type RecordPersonalDataBreachInput = {
  affectedPeopleEstimate?: number | null | undefined;
  aspects: Array<BreachAspect>;
  /** PENDING when left out. */
  authorityDecision?: AuthorityDecision | null | undefined;
  authorityNotifiedAt?: string | null | undefined;
  /** Empty when left out. */
  authorityReason?: string | null | undefined;
  /** When the organisation became aware. */
  awareAt: string;
  /** Empty when left out. */
  effects?: string | null | undefined;
  /** Empty when left out. */
  facts?: string | null | undefined;
  incidentId: string | number;
  /** Empty when left out. */
  remedialAction?: string | null | undefined;
  /** The version the edit is based on; leave out for the first record. */
  version?: number | null | undefined;
};

/** Place a task at a rank by hand; the reason is required and shown. */
export type RecoveryOverrideInput = {
  rank: number;
  reason: string;
};

/** TODO, IN_PROGRESS, BLOCKED or DONE; moves follow one transition table. */
export type RecoveryTaskStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

/** Marks the technology as working again: closes every open impact. Business recovery (backlogs, customers told) is separate. */
export type ResolveIncidentInput = {
  /** When it was resolved. Defaults to now. */
  at?: string | null | undefined;
  /** Timeline entry written with the resolution. */
  body?: string | null | undefined;
  id: string | number;
  version: number;
  /** Of the timeline entry; default INTERNAL (publish to customers separately). */
  visibility?: UpdateVisibility | null | undefined;
};

export type RetryOutboxMessageInput = {
  id: string | number;
};

/** What a post-incident review points out. */
export type ReviewFindingCode =
  | 'BACKLOG_LATER_THAN_FORECAST'
  | 'BACKLOG_NOT_CLEARED'
  | 'FIRST_WORD_LATE'
  | 'NO_PUBLIC_WORD'
  | 'PROMISES_MISSED'
  | 'RTO_MISSED'
  | 'SILENCE_OVER_CADENCE';

export type RevokeApiKeyInput = {
  id: string | number;
};

/** VIEWER reads, RESPONDER also works incidents, ADMIN also administers. */
export type Role =
  | 'ADMIN'
  | 'RESPONDER'
  | 'VIEWER';

/** A service’s recovery against its recovery time objective. */
export type RtoOutcome =
  | 'NO_RTO'
  | 'OPEN_RTO_BREACHED'
  | 'OPEN_WITHIN_RTO'
  | 'RECOVERED_LATE'
  | 'RECOVERED_WITHIN_RTO';

export type ServicePublicationInput = {
  /** Null or empty: the catalogue name. */
  publicName?: string | null | undefined;
  serviceKey: string;
  shownOnStatusPage: boolean;
};

/** The status values status pages use, so existing status widgets understand them. */
export type ServiceStatus =
  | 'DEGRADED_PERFORMANCE'
  | 'MAJOR_OUTAGE'
  | 'OPERATIONAL'
  | 'PARTIAL_OUTAGE'
  | 'UNDER_MAINTENANCE';

export type SetBacklogCapacityInput = {
  /** Left out: unchanged; null: estimate from history; a number: use it. */
  arrivalRatePerHour?: number | null | undefined;
  backlogKey: string;
  itemsPerStaffHour: number;
  staff: number;
  /** The version the change is based on. */
  version: number;
};

export type SetServiceImpactInput = {
  /** When it changed. Defaults to now. */
  at?: string | null | undefined;
  incidentId: string | number;
  serviceKey: string;
  /** OPERATIONAL ends the impact; anything else opens or updates it. */
  status: ServiceStatus;
  /** If given, the change is refused when the incident changed since. */
  version?: number | null | undefined;
};

/** SEV1 = the business cannot work … SEV4 = a minor nuisance. */
export type Severity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

export type SeverityCadenceInput = {
  /** Minutes; null or left out: none is owed. */
  minutes?: number | null | undefined;
  severity: Severity;
};

/** Why no number of people meets the deadline. */
export type StaffNeedUnreachableReason =
  | 'DEADLINE_PASSED'
  | 'NO_OUTPUT_PER_STAFF'
  | 'NO_WORKING_TIME_BEFORE_DEADLINE';

export type StartExerciseInput = {
  /** Safe to retry: the same key returns the first exercise. */
  idempotencyKey: string;
  /** A built-in scenario (see `exerciseScenarios`). */
  scenarioKey: string;
  title: string;
};

/** The overall indicator of the common status-page format. */
export type StatusIndicator =
  | 'critical'
  | 'major'
  | 'minor'
  | 'none';

export type SubscribeToStatusInput = {
  email: string;
  locale: CommunicationLocale;
  /** Services to follow; empty means all. */
  serviceKeys: Array<string>;
};

/** SUPPLIER_EXCEEDS_MTPD: the supplier's promised recovery is longer than the service's MTPD; SUPPLIER_EXCEEDS_RTO: longer than its RTO. */
export type SupplierGapCode =
  | 'SUPPLIER_EXCEEDS_MTPD'
  | 'SUPPLIER_EXCEEDS_RTO';

/** Why a queued message cannot leave: NO_MAIL_SERVER when SMTP_URL is not set. */
export type UnsentReason =
  | 'NO_MAIL_SERVER';

/** Changes what describes a backlog; fields left out stay. `version` is the one the form was opened with. */
export type UpdateBacklogInput = {
  backlogKey: string;
  name?: string | null | undefined;
  /** Hours within which each item is promised; null: no promise. */
  promiseHours?: number | null | undefined;
  unit?: string | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** The whole plan as the form holds it, with the version it was read at. */
export type UpdateContinuationPlanInput = {
  /** Extra people for a backlog while the plan is active; null for none. */
  addsCapacity?: PlanCapacityInput | null | undefined;
  id: string | number;
  needs: Array<string>;
  owner: string;
  serviceKey: string;
  steps: Array<string>;
  title: string;
  version: number;
};

export type UpdateIncidentInput = {
  /** Null clears the commander. */
  commander?: string | null | undefined;
  detectedAt?: string | null | undefined;
  id: string | number;
  /** What the public reads instead of the title; left out: unchanged; null: removed, the public reads a neutral wording naming the affected services. */
  publicTitle?: string | null | undefined;
  severity?: Severity | null | undefined;
  startedAt?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** The written part of a review as the form holds it; `version` is the one it was read at (0 while nothing was written). */
export type UpdateIncidentReviewInput = {
  incidentId: string | number;
  version: number;
  wentBadly: string;
  wentWell: string;
};

export type UpdateRecoveryTaskInput = {
  dependsOn?: Array<string | number> | null | undefined;
  estimateMinutes?: number | null | undefined;
  id: string | number;
  /** A manual rank with its reason; null removes the override. */
  override?: RecoveryOverrideInput | null | undefined;
  owner?: string | null | undefined;
  serviceKey?: string | null | undefined;
  status?: RecoveryTaskStatus | null | undefined;
  /** True when doing the task gives customers a public word. */
  tellsCustomers?: boolean | null | undefined;
  title?: string | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** Changes a follow-up action; fields left out stay. */
export type UpdateReviewActionInput = {
  done?: boolean | null | undefined;
  /** ISO date; null clears it. */
  dueOn?: string | null | undefined;
  id: string | number;
  owner?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
};

export type UpdateServiceInput = {
  dependsOn?: Array<string> | null | undefined;
  description?: string | null | undefined;
  key: string;
  /** Maximum tolerable period of disruption in minutes; at least rtoMinutes (BELOW_RTO otherwise). null clears it. */
  mtpdMinutes?: number | null | undefined;
  name?: string | null | undefined;
  /** The estimated cost of an hour of full outage. null clears it. */
  outageCostPerHour?: OutageCostPerHourInput | null | undefined;
  rpoMinutes?: number | null | undefined;
  rtoMinutes?: number | null | undefined;
  status?: ServiceStatus | null | undefined;
  /** An outside supplier; its rtoMinutes is the recovery time it promises. */
  supplier?: boolean | null | undefined;
  tier?: number | null | undefined;
  /** The version the change is based on. */
  version: number;
};

export type UpdateSettingsInput = {
  /** Replaces the cadence; a severity left out is owed no cadence. */
  cadence?: Array<SeverityCadenceInput> | null | undefined;
  contactWays?: Array<ContactWayInput> | null | undefined;
  /** Turns the four-eyes rule for messages on or off. */
  fourEyesApproval?: boolean | null | undefined;
  organisationName?: string | null | undefined;
  /** Null clears it. */
  publicUrl?: string | null | undefined;
  /** Replaces the publications; a service left out is shown under its own name. */
  services?: Array<ServicePublicationInput> | null | undefined;
  statusPageTitle?: string | null | undefined;
  supportContact?: string | null | undefined;
  timeZone?: string | null | undefined;
  /** The version the change is based on. */
  version: number;
};

export type UpdateUserInput = {
  enabled?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** Sets a new password and ends their sessions. */
  password?: string | null | undefined;
  role?: Role | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** INTERNAL: the team only. PUBLIC: status page and feed. */
export type UpdateVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

export type WorkingCalendarInput = {
  /** Local dates `yyyy-MM-dd`. */
  holidays?: Array<string> | null | undefined;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone?: string | null | undefined;
  workingHours?: Array<WorkingPeriodInput> | null | undefined;
};

export type WorkingPeriodInput = {
  /** Local end `HH:mm` or `24:00`. */
  end: string;
  /** Local start `HH:mm`. */
  start: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

export type BacklogsQueryVariables = Exact<{ [key: string]: never; }>;


export type BacklogsQuery = { backlogs: Array<{ id: string, key: string, name: string, unit: string, promiseHours: number | null, accepted: boolean, version: number, arrivalRatePerHour: number | null, capacity: { staff: number, itemsPerStaffHour: number, perHour: number }, snapshots: Array<{ at: string, open: number }>, forecast: { asOf: string, open: number, staff: number, capacityPerHour: number, arrivalRatePerHour: number, clearsAt: string | null, notClearingReason: BacklogNotClearingReason | null, itemsWillMissPromiseCount: number | null, projection: Array<{ at: string, open: number }> } }> };

export type BacklogScenarioQueryVariables = Exact<{
  key: string;
  staff: number;
  deadline?: string | null | undefined;
}>;


export type BacklogScenarioQuery = { backlog: { id: string, whatIf: { staff: number, clearsAt: string | null, notClearingReason: BacklogNotClearingReason | null, staffNeededByDeadline: number | null, staffNeededByDeadlineUnreachableReason: StaffNeedUnreachableReason | null, projection: Array<{ at: string, open: number }> } } };

export type SetBacklogCapacityMutationVariables = Exact<{
  input: SetBacklogCapacityInput;
}>;


export type SetBacklogCapacityMutation = { setBacklogCapacity: { id: string, key: string, version: number, capacity: { staff: number, itemsPerStaffHour: number, perHour: number } } };

export type AcceptBacklogMutationVariables = Exact<{
  input: AcceptBacklogInput;
}>;


export type AcceptBacklogMutation = { acceptBacklog: { id: string, key: string, version: number, accepted: boolean } };

export type RecordBacklogSnapshotMutationVariables = Exact<{
  input: RecordBacklogSnapshotInput;
}>;


export type RecordBacklogSnapshotMutation = { recordBacklogSnapshot: { replayed: boolean } };

export type CreateBacklogMutationVariables = Exact<{
  input: CreateBacklogInput;
}>;


export type CreateBacklogMutation = { createBacklog: { id: string, key: string } };

export type UpdateBacklogMutationVariables = Exact<{
  input: UpdateBacklogInput;
}>;


export type UpdateBacklogMutation = { updateBacklog: { id: string, key: string, version: number, name: string, unit: string, promiseHours: number | null } };

export type ImportBacklogCaptureMutationVariables = Exact<{
  input: ImportBacklogCaptureInput;
}>;


export type ImportBacklogCaptureMutation = { importBacklogCapture: { dryRun: boolean, rows: number, created: number, updated: number, unchanged: number, replayed: boolean, errorCount: number, errors: Array<{ line: number, column: string | null, code: string, params: unknown, message: string }> } };

export type ContinuationPlanFieldsFragment = { id: string, serviceKey: string, title: string, owner: string, steps: Array<string>, needs: Array<string>, version: number, addsCapacity: { backlogKey: string, staff: number } | null };

export type ContinuationPlansQueryVariables = Exact<{
  serviceKey?: string | null | undefined;
}>;


export type ContinuationPlansQuery = { continuationPlans: Array<{ id: string, serviceKey: string, title: string, owner: string, steps: Array<string>, needs: Array<string>, version: number, addsCapacity: { backlogKey: string, staff: number } | null }> };

export type PlansPrintQueryVariables = Exact<{
  serviceKey: string;
}>;


export type PlansPrintQuery = { continuationPlans: Array<{ id: string, serviceKey: string, title: string, owner: string, steps: Array<string>, needs: Array<string>, version: number, addsCapacity: { backlogKey: string, staff: number } | null }>, services: Array<{ key: string, name: string }>, statusPage: { organisationName: string, supportContact: string, contactWays: Array<{ kind: ContactWayKind, label: string, value: string }> } };

export type CreateContinuationPlanMutationVariables = Exact<{
  input: CreateContinuationPlanInput;
}>;


export type CreateContinuationPlanMutation = { createContinuationPlan: { id: string, serviceKey: string, title: string, owner: string, steps: Array<string>, needs: Array<string>, version: number, addsCapacity: { backlogKey: string, staff: number } | null } };

export type UpdateContinuationPlanMutationVariables = Exact<{
  input: UpdateContinuationPlanInput;
}>;


export type UpdateContinuationPlanMutation = { updateContinuationPlan: { id: string, serviceKey: string, title: string, owner: string, steps: Array<string>, needs: Array<string>, version: number, addsCapacity: { backlogKey: string, staff: number } | null } };

export type DeleteContinuationPlanMutationVariables = Exact<{
  input: DeleteContinuationPlanInput;
}>;


export type DeleteContinuationPlanMutation = { deleteContinuationPlan: string };

export type ActivateContinuationPlanMutationVariables = Exact<{
  input: ActivateContinuationPlanInput;
}>;


export type ActivateContinuationPlanMutation = { activateContinuationPlan: { id: string } };

export type EndContinuationPlanMutationVariables = Exact<{
  input: EndContinuationPlanInput;
}>;


export type EndContinuationPlanMutation = { endContinuationPlan: { id: string } };

export type OutboxQueryVariables = Exact<{
  status?: Array<DeliveryStatus> | DeliveryStatus | null | undefined;
}>;


export type OutboxQuery = { outboxSummary: { mailServerConfigured: boolean, queued: number, sent: number, failed: number }, outboxMessages: Array<{ id: string, channel: DeliveryChannel, kind: string, recipient: string, subject: string, body: string, status: DeliveryStatus, unsentReason: UnsentReason | null, attempts: number, lastError: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string }> };

export type RetryOutboxMessageMutationVariables = Exact<{
  input: RetryOutboxMessageInput;
}>;


export type RetryOutboxMessageMutation = { retryOutboxMessage: { id: string, status: DeliveryStatus, attempts: number } };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: Array<{ id: string, url: string, description: string, serviceKeys: Array<string>, enabled: boolean, disabledReason: string | null, createdAt: string, version: number }> };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, url: string } } };

export type DisableWebhookSubscriptionMutationVariables = Exact<{
  input: DisableWebhookSubscriptionInput;
}>;


export type DisableWebhookSubscriptionMutation = { disableWebhookSubscription: { id: string, enabled: boolean, version: number } };

export type SubscriberCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscriberCountsQuery = { statusSubscriberCounts: { confirmed: number, pending: number, allServices: number, byService: Array<{ serviceKey: string, confirmed: number }> } };

export type SubscribersCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscribersCsvQuery = { statusSubscribersCsv: string };

export type ExercisesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExercisesQuery = { exercises: Array<{ id: string, title: string, scenarioKey: string, startedAt: string, elapsedMinutes: number, endedAt: string | null }>, exerciseScenarios: Array<{ key: string, injects: Array<{ atMinute: number }> }> };

export type ExerciseQueryVariables = Exact<{
  id: string | number;
}>;


export type ExerciseQuery = { exercise: { id: string, title: string, scenarioKey: string, startedAt: string, startedBy: string, elapsedMinutes: number, nextInjectAtMinute: number | null, endedAt: string | null, version: number, injects: Array<{ atMinute: number, code: ExerciseInjectCode, arrived: boolean, params: Array<{ name: string, value: string }> }>, entries: Array<{ id: string, kind: ExerciseEntryKind, text: string, atMinute: number, loggedBy: string }>, improvements: Array<{ id: string, title: string, owner: string, dueOn: string | null }>, report: { elapsedMinutes: number, minutesToFirstCustomerWord: number | null, longestWaitForWordMinutes: number | null, customerWordCount: number, decisions: Array<{ atMinute: number, text: string }>, gaps: Array<{ atMinute: number, text: string }> } } | null };

export type ExerciseMarkdownQueryVariables = Exact<{
  id: string | number;
  locale: CommunicationLocale;
}>;


export type ExerciseMarkdownQuery = { exercise: { id: string, reportMarkdown: string } | null };

export type StartExerciseMutationVariables = Exact<{
  input: StartExerciseInput;
}>;


export type StartExerciseMutation = { startExercise: { id: string } };

export type AdvanceExerciseClockMutationVariables = Exact<{
  input: AdvanceExerciseClockInput;
}>;


export type AdvanceExerciseClockMutation = { advanceExerciseClock: { id: string, version: number } };

export type LogExerciseEntryMutationVariables = Exact<{
  input: LogExerciseEntryInput;
}>;


export type LogExerciseEntryMutation = { logExerciseEntry: { id: string, version: number } };

export type EndExerciseMutationVariables = Exact<{
  input: EndExerciseInput;
}>;


export type EndExerciseMutation = { endExercise: { id: string, version: number } };

export type IncidentsQueryVariables = Exact<{
  filter?: IncidentFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ref: string, title: string, severity: Severity, status: IncidentStatus, startedAt: string, resolvedAt: string | null }> } };

export type IncidentQueryVariables = Exact<{
  ref: string;
}>;


export type IncidentQuery = { incidentByRef: { id: string, ref: string, title: string, publicTitle: string | null, summary: string, severity: Severity, status: IncidentStatus, startedAt: string, detectedAt: string, resolvedAt: string | null, commander: string | null, version: number, active: boolean, allowedNextStatuses: Array<IncidentStatus>, withdrawnTimelineEntryIds: Array<string>, personalDataBreach: { incidentId: string, aspects: Array<BreachAspect>, awareAt: string, facts: string, effects: string, remedialAction: string, affectedPeopleEstimate: number | null, authorityDecision: AuthorityDecision, authorityNotifiedAt: string | null, authorityReason: string, version: number, clock: { state: NotificationClockState, deadline: string, minutesLeft: number, minutesOverdue: number, notifiedLate: boolean } } | null, activeContinuationPlans: Array<{ id: string, title: string, activatedAt: string, activatedBy: string, addsCapacity: { backlogKey: string, staff: number } | null }>, impacts: Array<{ serviceKey: string, status: ServiceStatus, since: string, until: string | null, service: { key: string, name: string, rtoMinutes: number } }>, affectedServices: Array<{ serviceKey: string, direct: boolean, causedBy: Array<string> }>, backlogs: Array<{ key: string, name: string, unit: string, accepted: boolean, promiseHours: number | null, open: number, forecast: { clearsAt: string | null, itemsWillMissPromiseCount: number | null } }>, communicationDebt: { status: CommunicationDebtStatus, overdueMinutes: number, lastPublicUpdateAt: string | null, nextUpdateDueAt: string | null, minutesSinceLastPublicWord: number }, communications: Array<{ id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null }>, recoveryTasks: Array<{ id: string, title: string, serviceKey: string | null, owner: string | null, estimateMinutes: number | null, status: RecoveryTaskStatus, dependsOn: Array<string>, rank: number | null, reasons: Array<string>, version: number, reasonDetails: Array<{ code: string, params: unknown }>, override: { rank: number, reason: string } | null }>, recoveryPlan: { expectedCompletionAt: string | null, criticalPathMinutes: number, openTaskCount: number, doneTaskCount: number, unestimatedTaskIds: Array<string> }, timeline: Array<{ id: string, body: string, author: string, visibility: UpdateVisibility, statusChange: IncidentStatus | null, displayAt: string, nextUpdateAt: string | null }>, metrics: { timeToFirstPublicUpdateMinutes: number | null, longestSilenceMinutes: number, longestSilenceFrom: string | null, longestSilenceTo: string | null, timeToResolveMinutes: number | null, services: Array<{ serviceKey: string, outcome: RtoOutcome, rtoMinutes: number | null, minutesOverRto: number, timeToRecoverMinutes: number | null, impairedMinutes: number }> } }, services: Array<{ key: string, name: string, status: ServiceStatus }> };

export type PostIncidentUpdateMutationVariables = Exact<{
  input: PostIncidentUpdateInput;
}>;


export type PostIncidentUpdateMutation = { postIncidentUpdate: { id: string, version: number, status: IncidentStatus } };

export type SetServiceImpactMutationVariables = Exact<{
  input: SetServiceImpactInput;
}>;


export type SetServiceImpactMutation = { setServiceImpact: { id: string, version: number } };

export type ResolveIncidentMutationVariables = Exact<{
  input: ResolveIncidentInput;
}>;


export type ResolveIncidentMutation = { resolveIncident: { id: string, version: number, status: IncidentStatus } };

export type UpdateRecoveryTaskMutationVariables = Exact<{
  input: UpdateRecoveryTaskInput;
}>;


export type UpdateRecoveryTaskMutation = { updateRecoveryTask: { id: string, version: number, status: RecoveryTaskStatus } };

export type CommunicationFieldsFragment = { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null };

export type CohortNoticeQueryVariables = Exact<{
  ref: string;
  status?: Array<DeliveryStatus> | DeliveryStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type CohortNoticeQuery = { incidentByRef: { id: string, communications: Array<{ id: string, cohortPreview: { recipientCount: number, suppressedCount: number, otherLocaleCount: number, samples: Array<{ email: string, name: string | null, subject: string, body: string }> } | null, deliveries: { totalCount: number, queued: number, sent: number, failed: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, name: string | null, status: DeliveryStatus, unsentReason: UnsentReason | null, attempts: number, lastError: string | null, sentAt: string | null }> } }> } };

export type CohortDeliveriesCsvQueryVariables = Exact<{
  ref: string;
}>;


export type CohortDeliveriesCsvQuery = { incidentByRef: { id: string, communications: Array<{ id: string, deliveriesCsv: string }> } };

export type DraftCorrectionNoticeMutationVariables = Exact<{
  input: DraftCorrectionNoticeInput;
}>;


export type DraftCorrectionNoticeMutation = { draftCorrectionNotice: { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null } };

export type DraftCommunicationMutationVariables = Exact<{
  input: DraftCommunicationInput;
}>;


export type DraftCommunicationMutation = { draftCommunication: { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null } };

export type EditCommunicationDraftMutationVariables = Exact<{
  input: EditCommunicationDraftInput;
}>;


export type EditCommunicationDraftMutation = { editCommunicationDraft: { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null } };

export type ApproveCommunicationMutationVariables = Exact<{
  input: CommunicationTransitionInput;
}>;


export type ApproveCommunicationMutation = { approveCommunication: { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null } };

export type PublishCommunicationMutationVariables = Exact<{
  input: PublishCommunicationInput;
}>;


export type PublishCommunicationMutation = { publishCommunication: { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null } };

export type RetractCommunicationMutationVariables = Exact<{
  input: CommunicationTransitionInput;
}>;


export type RetractCommunicationMutation = { retractCommunication: { id: string, channel: CommunicationChannel, audience: CommunicationAudience, locale: CommunicationLocale, subject: string, body: string, status: CommunicationStatus, version: number, createdAt: string, createdBy: string, publishedAt: string | null, correctsId: string | null, cohort: { backlogKeys: Array<string>, openOnly: boolean } | null } };

export type DeclareIncidentMutationVariables = Exact<{
  input: DeclareIncidentInput;
}>;


export type DeclareIncidentMutation = { declareIncident: { id: string, ref: string } };

export type ServiceChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceChoicesQuery = { services: Array<{ key: string, name: string }> };

export type AddRecoveryTaskMutationVariables = Exact<{
  input: AddRecoveryTaskInput;
}>;


export type AddRecoveryTaskMutation = { addRecoveryTask: { id: string } };

export type IncidentChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type IncidentChangedSubscription = { incidentChanged: { incidentId: string, change: string } };

export type IncidentPublicViewQueryVariables = Exact<{ [key: string]: never; }>;


export type IncidentPublicViewQuery = { statusPage: { activeIncidents: Array<{ id: string, title: string, titleCode: PublicIncidentTitleCode, titleServices: Array<string> }>, recentIncidents: Array<{ id: string, title: string, titleCode: PublicIncidentTitleCode, titleServices: Array<string> }> } };

export type UpdateIncidentMutationVariables = Exact<{
  input: UpdateIncidentInput;
}>;


export type UpdateIncidentMutation = { updateIncident: { id: string, version: number } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { asOf: string, activeIncidentCount: number, activeIncidents: Array<{ promisesMissed: number, incident: { id: string, ref: string, title: string, severity: Severity, status: IncidentStatus, startedAt: string }, firstTasks: Array<{ id: string, title: string, rank: number | null, reasons: Array<string>, reasonDetails: Array<{ code: string, params: unknown }> }>, recoveryProgress: { taskCount: number, doneTaskCount: number, percentDone: number, expectedCompletionAt: string | null, withinRto: boolean | null }, personalDataClock: { state: NotificationClockState, deadline: string, minutesLeft: number, minutesOverdue: number, notifiedLate: boolean } | null, activePlans: Array<{ id: string, title: string }> }>, servicesNotOperational: Array<{ serviceKey: string, status: ServiceStatus, since: string, rtoMinutes: number, rtoPassed: boolean, minutesLeft: number, minutesOverRto: number, service: { name: string } }>, backlogs: { totalOpen: number, clearsAt: string | null, someNeverClear: boolean, backlogs: Array<{ open: number, clearsAt: string | null, notClearingReason: BacklogNotClearingReason | null, itemsWillMissPromise: number | null, backlog: { key: string, name: string, unit: string, promiseHours: number | null } }> }, overdueCommunications: Array<{ incident: { id: string, ref: string, title: string }, debt: { overdueMinutes: number, lastPublicUpdateAt: string | null } }>, promisesMissed: { total: number }, notBusinessRecovered: Array<{ incident: { id: string, ref: string, title: string, resolvedAt: string | null }, gaps: Array<{ code: OverviewRecoveryGapCode, backlogName: string | null, open: number | null, status: IncidentStatus | null }> }>, outageCost: { orders: number, euros: number, since: string | null, unestimatedServiceKeys: Array<string> }, supplierGaps: Array<{ code: SupplierGapCode, serviceKey: string, supplierKey: string, direct: boolean, promisedMinutes: number, requiredMinutes: number, exceedsByMinutes: number, service: { name: string }, supplier: { name: string } }> } };

export type OverviewChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverviewChangedSubscription = { overviewChanged: { change: string } };

export type PersonalDataBreachFieldsFragment = { incidentId: string, aspects: Array<BreachAspect>, awareAt: string, facts: string, effects: string, remedialAction: string, affectedPeopleEstimate: number | null, authorityDecision: AuthorityDecision, authorityNotifiedAt: string | null, authorityReason: string, version: number, clock: { state: NotificationClockState, deadline: string, minutesLeft: number, minutesOverdue: number, notifiedLate: boolean } };

export type RecordPersonalDataBreachMutationVariables = Exact<{
  input: RecordPersonalDataBreachInput;
}>;


export type RecordPersonalDataBreachMutation = { recordPersonalDataBreach: { incidentId: string, aspects: Array<BreachAspect>, awareAt: string, facts: string, effects: string, remedialAction: string, affectedPeopleEstimate: number | null, authorityDecision: AuthorityDecision, authorityNotifiedAt: string | null, authorityReason: string, version: number, clock: { state: NotificationClockState, deadline: string, minutesLeft: number, minutesOverdue: number, notifiedLate: boolean } } };

export type IncidentReviewQueryVariables = Exact<{
  ref: string;
}>;


export type IncidentReviewQuery = { incidentByRef: { id: string, ref: string, title: string, severity: Severity, status: IncidentStatus, startedAt: string, detectedAt: string, resolvedAt: string | null, review: { generatedAt: string, cadenceMinutes: number | null, wentWell: string, wentBadly: string, version: number, metrics: { timeToDetectMinutes: number | null, timeToFirstPublicUpdateMinutes: number | null, timeToResolveMinutes: number | null, longestSilenceMinutes: number, promisesMissed: number, services: Array<{ serviceKey: string, rtoMinutes: number | null, timeToRecoverMinutes: number | null, outcome: RtoOutcome }> }, backlogs: Array<{ backlogKey: string, name: string, peakOpen: number, forecastAtResolution: string | null, clearedAt: string | null }>, findings: Array<{ code: ReviewFindingCode, params: unknown }>, actions: Array<{ id: string, title: string, owner: string, dueOn: string | null, done: boolean, version: number }> } | null }, services: Array<{ key: string, name: string }> };

export type ReviewMarkdownQueryVariables = Exact<{
  id: string | number;
  locale: CommunicationLocale;
}>;


export type ReviewMarkdownQuery = { incident: { id: string, reviewMarkdown: string | null } };

export type UpdateIncidentReviewMutationVariables = Exact<{
  input: UpdateIncidentReviewInput;
}>;


export type UpdateIncidentReviewMutation = { updateIncidentReview: { version: number } };

export type AddReviewActionMutationVariables = Exact<{
  input: AddReviewActionInput;
}>;


export type AddReviewActionMutation = { addReviewAction: { id: string, version: number } };

export type UpdateReviewActionMutationVariables = Exact<{
  input: UpdateReviewActionInput;
}>;


export type UpdateReviewActionMutation = { updateReviewAction: { id: string, done: boolean, version: number } };

export type ServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesQuery = { services: Array<{ key: string, name: string, description: string, tier: number, rtoMinutes: number, rpoMinutes: number, dependsOn: Array<string>, status: ServiceStatus, version: number, dependents: Array<string>, mtpdMinutes: number | null, supplier: boolean, outageCostPerHour: { orders: number, euros: number } | null, supplierGaps: Array<{ code: SupplierGapCode, serviceKey: string, supplierKey: string, direct: boolean, promisedMinutes: number, requiredMinutes: number, exceedsByMinutes: number, service: { name: string }, supplier: { name: string } }> }> };

export type ServiceFieldsFragment = { key: string, name: string, description: string, tier: number, rtoMinutes: number, rpoMinutes: number, dependsOn: Array<string>, status: ServiceStatus, version: number, dependents: Array<string>, mtpdMinutes: number | null, supplier: boolean, outageCostPerHour: { orders: number, euros: number } | null, supplierGaps: Array<{ code: SupplierGapCode, serviceKey: string, supplierKey: string, direct: boolean, promisedMinutes: number, requiredMinutes: number, exceedsByMinutes: number, service: { name: string }, supplier: { name: string } }> };

export type SupplierGapFieldsFragment = { code: SupplierGapCode, serviceKey: string, supplierKey: string, direct: boolean, promisedMinutes: number, requiredMinutes: number, exceedsByMinutes: number, service: { name: string }, supplier: { name: string } };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService: { key: string, name: string, description: string, tier: number, rtoMinutes: number, rpoMinutes: number, dependsOn: Array<string>, status: ServiceStatus, version: number, dependents: Array<string>, mtpdMinutes: number | null, supplier: boolean, outageCostPerHour: { orders: number, euros: number } | null, supplierGaps: Array<{ code: SupplierGapCode, serviceKey: string, supplierKey: string, direct: boolean, promisedMinutes: number, requiredMinutes: number, exceedsByMinutes: number, service: { name: string }, supplier: { name: string } }> } };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { key: string, name: string, description: string, tier: number, rtoMinutes: number, rpoMinutes: number, dependsOn: Array<string>, status: ServiceStatus, version: number, dependents: Array<string>, mtpdMinutes: number | null, supplier: boolean, outageCostPerHour: { orders: number, euros: number } | null, supplierGaps: Array<{ code: SupplierGapCode, serviceKey: string, supplierKey: string, direct: boolean, promisedMinutes: number, requiredMinutes: number, exceedsByMinutes: number, service: { name: string }, supplier: { name: string } }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string, role: Role, enabled: boolean, version: number, lastLoginAt: string | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, version: number, role: Role, enabled: boolean } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, role: Role, prefix: string, createdBy: string, createdAt: string, lastUsedAt: string | null, active: boolean }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, active: boolean } };

export type AuditLogQueryVariables = Exact<{
  entity?: string | null | undefined;
  actor?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit: number;
  offset: number;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, actor: string, action: string, entityType: string, entityId: string }> };

export type OrganisationSettingsFieldsFragment = { organisationName: string, statusPageTitle: string, supportContact: string, timeZone: string, publicUrl: string | null, fourEyesApproval: boolean, version: number, contactWays: Array<{ kind: ContactWayKind, label: string, value: string }>, cadence: Array<{ severity: Severity, minutes: number | null }>, services: Array<{ serviceKey: string, publicName: string | null, shownOnStatusPage: boolean }> };

export type OrganisationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSettingsQuery = { settings: { organisationName: string, statusPageTitle: string, supportContact: string, timeZone: string, publicUrl: string | null, fourEyesApproval: boolean, version: number, contactWays: Array<{ kind: ContactWayKind, label: string, value: string }>, cadence: Array<{ severity: Severity, minutes: number | null }>, services: Array<{ serviceKey: string, publicName: string | null, shownOnStatusPage: boolean }> }, services: Array<{ key: string, name: string }> };

export type UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type UpdateSettingsMutation = { updateSettings: { organisationName: string, statusPageTitle: string, supportContact: string, timeZone: string, publicUrl: string | null, fourEyesApproval: boolean, version: number, contactWays: Array<{ kind: ContactWayKind, label: string, value: string }>, cadence: Array<{ severity: Severity, minutes: number | null }>, services: Array<{ serviceKey: string, publicName: string | null, shownOnStatusPage: boolean }> } };

export type StatusPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StatusPageQuery = { statusPage: { organisationName: string, title: string, supportContact: string, indicator: StatusIndicator, description: string, updatedAt: string, contactWays: Array<{ kind: ContactWayKind, label: string, value: string }>, services: Array<{ key: string, name: string, status: ServiceStatus }>, activeIncidents: Array<{ id: string, ref: string, title: string, titleCode: PublicIncidentTitleCode, titleServices: Array<string>, severity: Severity, status: IncidentStatus, startedAt: string, resolvedAt: string | null, affectedServiceKeys: Array<string>, nextUpdateAt: string | null, updates: Array<{ id: string, body: string, status: IncidentStatus, displayAt: string }> }>, recentIncidents: Array<{ id: string, ref: string, title: string, titleCode: PublicIncidentTitleCode, titleServices: Array<string>, severity: Severity, status: IncidentStatus, startedAt: string, resolvedAt: string | null, affectedServiceKeys: Array<string>, nextUpdateAt: string | null, updates: Array<{ id: string, body: string, status: IncidentStatus, displayAt: string }> }> } };

export type PublicIncidentFieldsFragment = { id: string, ref: string, title: string, titleCode: PublicIncidentTitleCode, titleServices: Array<string>, severity: Severity, status: IncidentStatus, startedAt: string, resolvedAt: string | null, affectedServiceKeys: Array<string>, nextUpdateAt: string | null, updates: Array<{ id: string, body: string, status: IncidentStatus, displayAt: string }> };

export type SubscribeToStatusMutationVariables = Exact<{
  input: SubscribeToStatusInput;
}>;


export type SubscribeToStatusMutation = { subscribeToStatus: { accepted: boolean } };

export const ContinuationPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinuationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"addsCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContinuationPlanFieldsFragment, unknown>;
export const CommunicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<CommunicationFieldsFragment, unknown>;
export const PersonalDataBreachFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalDataBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"aspects"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"effects"}},{"kind":"Field","name":{"kind":"Name","value":"remedialAction"}},{"kind":"Field","name":{"kind":"Name","value":"affectedPeopleEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDecision"}},{"kind":"Field","name":{"kind":"Name","value":"authorityNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedLate"}}]}}]}}]} as unknown as DocumentNode<PersonalDataBreachFieldsFragment, unknown>;
export const SupplierGapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierKey"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"promisedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsByMinutes"}}]}}]} as unknown as DocumentNode<SupplierGapFieldsFragment, unknown>;
export const ServiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rpoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"}},{"kind":"Field","name":{"kind":"Name","value":"mtpdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outageCostPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"euros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierGapFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierKey"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"promisedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsByMinutes"}}]}}]} as unknown as DocumentNode<ServiceFieldsFragment, unknown>;
export const OrganisationSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"statusPageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesApproval"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactWays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"shownOnStatusPage"}}]}}]}}]} as unknown as DocumentNode<OrganisationSettingsFieldsFragment, unknown>;
export const PublicIncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleCode"}},{"kind":"Field","name":{"kind":"Name","value":"titleServices"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"affectedServiceKeys"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayAt"}}]}}]}}]} as unknown as DocumentNode<PublicIncidentFieldsFragment, unknown>;
export const BacklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Backlogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"promiseHours"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalRatePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"itemsPerStaffHour"}},{"kind":"Field","name":{"kind":"Name","value":"perHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalRatePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"clearsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notClearingReason"}},{"kind":"Field","name":{"kind":"Name","value":"itemsWillMissPromiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BacklogsQuery, BacklogsQueryVariables>;
export const BacklogScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BacklogScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"whatIf"},"name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staff"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"clearsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notClearingReason"}},{"kind":"Field","name":{"kind":"Name","value":"staffNeededByDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"staffNeededByDeadlineUnreachableReason"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BacklogScenarioQuery, BacklogScenarioQueryVariables>;
export const SetBacklogCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBacklogCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBacklogCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBacklogCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"itemsPerStaffHour"}},{"kind":"Field","name":{"kind":"Name","value":"perHour"}}]}}]}}]}}]} as unknown as DocumentNode<SetBacklogCapacityMutation, SetBacklogCapacityMutationVariables>;
export const AcceptBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptBacklogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<AcceptBacklogMutation, AcceptBacklogMutationVariables>;
export const RecordBacklogSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBacklogSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBacklogSnapshotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBacklogSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]} as unknown as DocumentNode<RecordBacklogSnapshotMutation, RecordBacklogSnapshotMutationVariables>;
export const CreateBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBacklogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CreateBacklogMutation, CreateBacklogMutationVariables>;
export const UpdateBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBacklogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"promiseHours"}}]}}]}}]} as unknown as DocumentNode<UpdateBacklogMutation, UpdateBacklogMutationVariables>;
export const ImportBacklogCaptureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBacklogCapture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBacklogCaptureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBacklogCapture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBacklogCaptureMutation, ImportBacklogCaptureMutationVariables>;
export const ContinuationPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContinuationPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuationPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinuationPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinuationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"addsCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContinuationPlansQuery, ContinuationPlansQueryVariables>;
export const PlansPrintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlansPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuationPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinuationPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"}},{"kind":"Field","name":{"kind":"Name","value":"contactWays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinuationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"addsCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PlansPrintQuery, PlansPrintQueryVariables>;
export const CreateContinuationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContinuationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContinuationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContinuationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinuationPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinuationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"addsCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateContinuationPlanMutation, CreateContinuationPlanMutationVariables>;
export const UpdateContinuationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContinuationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContinuationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContinuationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContinuationPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContinuationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"addsCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateContinuationPlanMutation, UpdateContinuationPlanMutationVariables>;
export const DeleteContinuationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContinuationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteContinuationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContinuationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteContinuationPlanMutation, DeleteContinuationPlanMutationVariables>;
export const ActivateContinuationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateContinuationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateContinuationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateContinuationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivateContinuationPlanMutation, ActivateContinuationPlanMutationVariables>;
export const EndContinuationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndContinuationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContinuationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContinuationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EndContinuationPlanMutation, EndContinuationPlanMutationVariables>;
export const OutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailServerConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unsentReason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const RetryOutboxMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryOutboxMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryOutboxMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutboxMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RetryOutboxMessageMutation, RetryOutboxMessageMutationVariables>;
export const WebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKeys"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const CreateWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const DisableWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DisableWebhookSubscriptionMutation, DisableWebhookSubscriptionMutationVariables>;
export const SubscriberCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusSubscriberCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"allServices"}},{"kind":"Field","name":{"kind":"Name","value":"byService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriberCountsQuery, SubscriberCountsQueryVariables>;
export const SubscribersCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscribersCsv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusSubscribersCsv"}}]}}]} as unknown as DocumentNode<SubscribersCsvQuery, SubscribersCsvQueryVariables>;
export const ExercisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioKey"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exerciseScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"injects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atMinute"}}]}}]}}]}}]} as unknown as DocumentNode<ExercisesQuery, ExercisesQueryVariables>;
export const ExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioKey"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nextInjectAtMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"injects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atMinute"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"arrived"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"atMinute"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesToFirstCustomerWord"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitForWordMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"customerWordCount"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atMinute"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atMinute"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExerciseQuery, ExerciseQueryVariables>;
export const ExerciseMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExerciseMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationLocale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<ExerciseMarkdownQuery, ExerciseMarkdownQueryVariables>;
export const StartExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartExerciseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartExerciseMutation, StartExerciseMutationVariables>;
export const AdvanceExerciseClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceExerciseClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceExerciseClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceExerciseClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdvanceExerciseClockMutation, AdvanceExerciseClockMutationVariables>;
export const LogExerciseEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogExerciseEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogExerciseEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logExerciseEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LogExerciseEntryMutation, LogExerciseEntryMutationVariables>;
export const EndExerciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndExercise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndExerciseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endExercise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndExerciseMutation, EndExerciseMutationVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const IncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentByRef"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commander"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataBreach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalDataBreachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeContinuationPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addsCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"causedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"promiseHours"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearsAt"}},{"kind":"Field","name":{"kind":"Name","value":"itemsWillMissPromiseCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communicationDebt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastPublicUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesSinceLastPublicWord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"estimateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"criticalPathMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"openTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"doneTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"unestimatedTaskIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"statusChange"}},{"kind":"Field","name":{"kind":"Name","value":"displayAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnTimelineEntryIds"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToFirstPublicUpdateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"longestSilenceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"longestSilenceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"longestSilenceTo"}},{"kind":"Field","name":{"kind":"Name","value":"timeToResolveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverRto"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"impairedMinutes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalDataBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"aspects"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"effects"}},{"kind":"Field","name":{"kind":"Name","value":"remedialAction"}},{"kind":"Field","name":{"kind":"Name","value":"affectedPeopleEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDecision"}},{"kind":"Field","name":{"kind":"Name","value":"authorityNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedLate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<IncidentQuery, IncidentQueryVariables>;
export const PostIncidentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostIncidentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostIncidentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postIncidentUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PostIncidentUpdateMutation, PostIncidentUpdateMutationVariables>;
export const SetServiceImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceImpactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetServiceImpactMutation, SetServiceImpactMutationVariables>;
export const ResolveIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveIncidentMutation, ResolveIncidentMutationVariables>;
export const UpdateRecoveryTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecoveryTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRecoveryTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecoveryTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateRecoveryTaskMutation, UpdateRecoveryTaskMutationVariables>;
export const CohortNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentByRef"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCount"}},{"kind":"Field","name":{"kind":"Name","value":"otherLocaleCount"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unsentReason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortNoticeQuery, CohortNoticeQueryVariables>;
export const CohortDeliveriesCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortDeliveriesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentByRef"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveriesCsv"}}]}}]}}]}}]} as unknown as DocumentNode<CohortDeliveriesCsvQuery, CohortDeliveriesCsvQueryVariables>;
export const DraftCorrectionNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftCorrectionNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftCorrectionNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftCorrectionNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<DraftCorrectionNoticeMutation, DraftCorrectionNoticeMutationVariables>;
export const DraftCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftCommunicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<DraftCommunicationMutation, DraftCommunicationMutationVariables>;
export const EditCommunicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCommunicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommunicationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editCommunicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<EditCommunicationDraftMutation, EditCommunicationDraftMutationVariables>;
export const ApproveCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<ApproveCommunicationMutation, ApproveCommunicationMutationVariables>;
export const PublishCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCommunicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<PublishCommunicationMutation, PublishCommunicationMutationVariables>;
export const RetractCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Communication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKeys"}},{"kind":"Field","name":{"kind":"Name","value":"openOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}}]} as unknown as DocumentNode<RetractCommunicationMutation, RetractCommunicationMutationVariables>;
export const DeclareIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}}]}}]} as unknown as DocumentNode<DeclareIncidentMutation, DeclareIncidentMutationVariables>;
export const ServiceChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceChoicesQuery, ServiceChoicesQueryVariables>;
export const AddRecoveryTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRecoveryTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRecoveryTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRecoveryTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRecoveryTaskMutation, AddRecoveryTaskMutationVariables>;
export const IncidentChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncidentChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<IncidentChangedSubscription, IncidentChangedSubscriptionVariables>;
export const IncidentPublicViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentPublicView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleCode"}},{"kind":"Field","name":{"kind":"Name","value":"titleServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleCode"}},{"kind":"Field","name":{"kind":"Name","value":"titleServices"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentPublicViewQuery, IncidentPublicViewQueryVariables>;
export const UpdateIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateIncidentMutation, UpdateIncidentMutationVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"activeIncidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"doneTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinRto"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promisesMissed"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicesNotOperational"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rtoPassed"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverRto"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalOpen"}},{"kind":"Field","name":{"kind":"Name","value":"clearsAt"}},{"kind":"Field","name":{"kind":"Name","value":"someNeverClear"}},{"kind":"Field","name":{"kind":"Name","value":"backlogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"promiseHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"clearsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notClearingReason"}},{"kind":"Field","name":{"kind":"Name","value":"itemsWillMissPromise"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCommunications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastPublicUpdateAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promisesMissed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notBusinessRecovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"backlogName"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"euros"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"unestimatedServiceKeys"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierKey"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"promisedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsByMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const OverviewChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverviewChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overviewChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<OverviewChangedSubscription, OverviewChangedSubscriptionVariables>;
export const RecordPersonalDataBreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPersonalDataBreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPersonalDataBreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPersonalDataBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalDataBreachFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalDataBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"aspects"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"effects"}},{"kind":"Field","name":{"kind":"Name","value":"remedialAction"}},{"kind":"Field","name":{"kind":"Name","value":"affectedPeopleEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDecision"}},{"kind":"Field","name":{"kind":"Name","value":"authorityNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedLate"}}]}}]}}]} as unknown as DocumentNode<RecordPersonalDataBreachMutation, RecordPersonalDataBreachMutationVariables>;
export const IncidentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentByRef"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToDetectMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToFirstPublicUpdateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToResolveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"longestSilenceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"promisesMissed"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecoverMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"backlogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlogKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"peakOpen"}},{"kind":"Field","name":{"kind":"Name","value":"forecastAtResolution"}},{"kind":"Field","name":{"kind":"Name","value":"clearedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"wentBadly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IncidentReviewQuery, IncidentReviewQueryVariables>;
export const ReviewMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationLocale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<ReviewMarkdownQuery, ReviewMarkdownQueryVariables>;
export const UpdateIncidentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncidentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIncidentReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncidentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateIncidentReviewMutation, UpdateIncidentReviewMutationVariables>;
export const AddReviewActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReviewAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddReviewActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReviewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddReviewActionMutation, AddReviewActionMutationVariables>;
export const UpdateReviewActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReviewAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReviewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewActionMutation, UpdateReviewActionMutationVariables>;
export const ServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierKey"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"promisedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsByMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rpoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"}},{"kind":"Field","name":{"kind":"Name","value":"mtpdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outageCostPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"euros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierGapFields"}}]}}]}}]} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const CreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierKey"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"promisedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsByMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rpoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"}},{"kind":"Field","name":{"kind":"Name","value":"mtpdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outageCostPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"euros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierGapFields"}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierKey"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"promisedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsByMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rtoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rpoMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"}},{"kind":"Field","name":{"kind":"Name","value":"mtpdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"outageCostPerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"euros"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierGapFields"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const OrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"statusPageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesApproval"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactWays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"shownOnStatusPage"}}]}}]}}]} as unknown as DocumentNode<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>;
export const UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"statusPageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesApproval"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactWays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"publicName"}},{"kind":"Field","name":{"kind":"Name","value":"shownOnStatusPage"}}]}}]}}]} as unknown as DocumentNode<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const StatusPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"}},{"kind":"Field","name":{"kind":"Name","value":"contactWays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicIncidentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicIncidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleCode"}},{"kind":"Field","name":{"kind":"Name","value":"titleServices"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"affectedServiceKeys"}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdateAt"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayAt"}}]}}]}}]} as unknown as DocumentNode<StatusPageQuery, StatusPageQueryVariables>;
export const SubscribeToStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeToStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeToStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<SubscribeToStatusMutation, SubscribeToStatusMutationVariables>;