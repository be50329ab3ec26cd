import type { CommunicationLocale } from '../communication/communication';
import { DomainError, type FieldIssue } from '../shared/domain-error';

/** Limits of a status subscription; the API's input validation reads them from here. */
export const SUBSCRIBER_EMAIL_MAX_LENGTH = 254;
export const SUBSCRIPTION_SERVICE_KEYS_MAX = 50;
/** A confirmation link works this long after it was sent (double opt-in). */
export const SUBSCRIPTION_CONFIRM_HOURS = 48;

/** PENDING until the link is followed; only CONFIRMED addresses receive updates. */
export type SubscriberStatus = 'PENDING' | 'CONFIRMED' | 'UNSUBSCRIBED';

export interface Subscriber {
  email: string;
  locale: CommunicationLocale;
  /** The services followed; empty means every service. */
  serviceKeys: readonly string[];
  status: SubscriberStatus;
  /** When the current confirmation link was sent. */
  confirmationSentAt: Date | null;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
}

// Deliberately plain: one @, something before it, a dot in the domain, no spaces or brackets.
const EMAIL_PATTERN = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

/** Addresses are kept trimmed and in lower case, so one person is one subscriber. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateSubscription(input: {
  email: string;
  serviceKeys: readonly string[];
  knownServiceKeys: ReadonlySet<string>;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const email = normaliseEmail(input.email);
  if (email.length > SUBSCRIBER_EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email)) {
    issues.push({ field: 'email', message: 'must be an e-mail address' });
  }
  if (input.serviceKeys.length > SUBSCRIPTION_SERVICE_KEYS_MAX) {
    issues.push({
      field: 'serviceKeys',
      message: `at most ${SUBSCRIPTION_SERVICE_KEYS_MAX} services`,
    });
  }
  input.serviceKeys.forEach((key, index) => {
    if (!input.knownServiceKeys.has(key)) {
      issues.push({ field: `serviceKeys.${index}`, message: `unknown service: ${key}` });
    }
  });
  return issues;
}

/** When a confirmation link sent at `sentAt` stops working. */
export function confirmationExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + SUBSCRIPTION_CONFIRM_HOURS * 3_600_000);
}

/**
 * What a subscribe request does to the address's current state. The caller answers the same
 * whatever this says, so nobody learns whether an address was known.
 */
export type SubscribeOutcome =
  /** Send a (new) confirmation link; the subscriber is PENDING with these choices. */
  | { kind: 'SEND_CONFIRMATION'; subscriber: Subscriber }
  /**
   * Already confirmed: nothing changes and nothing is sent (whoever asked has not shown they own
   * the address, so they may not change its choices; the owner unsubscribes and subscribes anew).
   */
  | { kind: 'ALREADY_CONFIRMED'; subscriber: Subscriber };

export function subscribe(
  current: Subscriber | null,
  request: { email: string; locale: CommunicationLocale; serviceKeys: readonly string[] },
  now: Date,
): SubscribeOutcome {
  const serviceKeys = [...new Set(request.serviceKeys)].sort();
  if (current?.status === 'CONFIRMED') {
    return { kind: 'ALREADY_CONFIRMED', subscriber: current };
  }
  return {
    kind: 'SEND_CONFIRMATION',
    subscriber: {
      email: normaliseEmail(request.email),
      locale: request.locale,
      serviceKeys,
      status: 'PENDING',
      confirmationSentAt: now,
      confirmedAt: null,
      unsubscribedAt: null,
    },
  };
}

/** Following the link: a pending subscriber within 48 h becomes CONFIRMED. */
export function confirmSubscription(subscriber: Subscriber, now: Date): Subscriber {
  if (subscriber.status === 'CONFIRMED') return subscriber;
  if (
    subscriber.status !== 'PENDING' ||
    subscriber.confirmationSentAt === null ||
    confirmationExpiresAt(subscriber.confirmationSentAt).getTime() <= now.getTime()
  ) {
    throw new DomainError('NOT_FOUND', 'This confirmation link has expired or is unknown');
  }
  return { ...subscriber, status: 'CONFIRMED', confirmedAt: now };
}

/** One-click unsubscribe: always allowed, repeating it changes nothing. */
export function unsubscribe(subscriber: Subscriber, now: Date): Subscriber {
  if (subscriber.status === 'UNSUBSCRIBED') return subscriber;
  return { ...subscriber, status: 'UNSUBSCRIBED', unsubscribedAt: now, confirmationSentAt: null };
}

/**
 * Who receives a public update concerning `serviceKeys` (empty: concerns everyone): confirmed
 * subscribers who follow every service or at least one of those concerned.
 */
export function recipientsOfPublicUpdate<T extends Pick<Subscriber, 'status' | 'serviceKeys'>>(
  subscribers: readonly T[],
  serviceKeys: readonly string[],
): T[] {
  const concerned = new Set(serviceKeys);
  return subscribers.filter(
    (subscriber) =>
      subscriber.status === 'CONFIRMED' &&
      (concerned.size === 0 ||
        subscriber.serviceKeys.length === 0 ||
        subscriber.serviceKeys.some((key) => concerned.has(key))),
  );
}

/** Confirmed subscribers per service for the admins; `''` counts those who follow everything. */
export function subscriberCountsByService(
  subscribers: readonly Pick<Subscriber, 'status' | 'serviceKeys'>[],
): { confirmed: number; pending: number; byService: Map<string, number>; allServices: number } {
  const byService = new Map<string, number>();
  let confirmed = 0;
  let pending = 0;
  let allServices = 0;
  for (const subscriber of subscribers) {
    if (subscriber.status === 'PENDING') pending += 1;
    if (subscriber.status !== 'CONFIRMED') continue;
    confirmed += 1;
    if (subscriber.serviceKeys.length === 0) allServices += 1;
    for (const key of subscriber.serviceKeys) byService.set(key, (byService.get(key) ?? 0) + 1);
  }
  return { confirmed, pending, byService, allServices };
}
