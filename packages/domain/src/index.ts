/**
 * The public API of the Lagebild domain: every rule and calculation the API and the dashboard
 * use. Pure: no I/O, no framework, no clock (`now` is always a parameter).
 *
 * Each area adds its exports in its own block below.
 */

// --- shared
export { DomainError, isDomainError } from './shared/domain-error';
export type { DomainErrorCode, FieldIssue } from './shared/domain-error';
