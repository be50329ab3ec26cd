/**
 * The public API of the Lagebild domain: every rule and calculation the API and the dashboard
 * use. Pure: no I/O, no framework, no clock (`now` is always a parameter).
 *
 * Each area adds its exports in its own block below.
 */

// --- shared
export { DomainError, isDomainError } from './shared/domain-error';
export type { DomainErrorCode, FieldIssue } from './shared/domain-error';
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
export type { Service, ServiceInput, ServiceStatus, ServiceTier } from './service-graph/service';
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
