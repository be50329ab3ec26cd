import { dependenciesOf } from '../service-graph/service-graph';

/**
 * Supplier gaps: a service needs a supplier (directly or through other services) whose
 * promised recovery is slower than the service may be down. The business cannot keep its own
 * objective when it relies on a promise that is looser.
 */

/** A service as the gap rule needs it. Any `Service` fits. */
export interface ContinuityService {
  key: string;
  rtoMinutes: number;
  mtpdMinutes: number | null;
  supplier: boolean;
  dependsOn: readonly string[];
}

/**
 * `SUPPLIER_EXCEEDS_MTPD`: the supplier's promise is longer than the service's MTPD, so the
 * business would not survive the supplier keeping its word (the worse case).
 * `SUPPLIER_EXCEEDS_RTO`: the promise is longer than the service's RTO (but within its MTPD,
 * or no MTPD is set).
 */
export const SUPPLIER_GAP_CODES = ['SUPPLIER_EXCEEDS_MTPD', 'SUPPLIER_EXCEEDS_RTO'] as const;
export type SupplierGapCode = (typeof SUPPLIER_GAP_CODES)[number];

/** One gap, as data for a reader's language. */
export interface SupplierGap {
  code: SupplierGapCode;
  /** The service that needs the supplier. */
  serviceKey: string;
  supplierKey: string;
  /** True when the service depends on the supplier itself, false when through others. */
  direct: boolean;
  /** The recovery time the supplier promises (its RTO). */
  promisedMinutes: number;
  /** The service's objective the promise breaks: its MTPD or its RTO, as the code says. */
  requiredMinutes: number;
  /** `promisedMinutes - requiredMinutes`. */
  exceedsByMinutes: number;
}

/**
 * Every supplier gap of the catalogue. Dependencies count transitively: the web shop that
 * needs the order database that needs the payment provider needs the payment provider too.
 * A supplier that relies on a slower supplier is a gap as well. Each (service, supplier) pair
 * is reported once, against the MTPD when the promise exceeds it, else against the RTO.
 * Ordered like `services`, and per service nearest supplier first (ties in the order of
 * `services`). Safe on cyclic graphs.
 */
export function supplierGaps(services: readonly ContinuityService[]): SupplierGap[] {
  const byKey = new Map(services.map((service) => [service.key, service]));
  const gaps: SupplierGap[] = [];
  for (const service of services) {
    for (const key of dependenciesOf(service.key, services)) {
      const supplier = byKey.get(key);
      if (supplier === undefined || !supplier.supplier) continue;
      const promised = supplier.rtoMinutes;
      const overMtpd = service.mtpdMinutes !== null && promised > service.mtpdMinutes;
      if (!overMtpd && promised <= service.rtoMinutes) continue;
      const required = overMtpd ? (service.mtpdMinutes as number) : service.rtoMinutes;
      gaps.push({
        code: overMtpd ? 'SUPPLIER_EXCEEDS_MTPD' : 'SUPPLIER_EXCEEDS_RTO',
        serviceKey: service.key,
        supplierKey: supplier.key,
        direct: service.dependsOn.includes(supplier.key),
        promisedMinutes: promised,
        requiredMinutes: required,
        exceedsByMinutes: promised - required,
      });
    }
  }
  return gaps;
}
