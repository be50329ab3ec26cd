import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { base64ToBytes, bytesToBase64 } from './base64';

/** Limits of a webhook subscription; the API's input validation reads them from here. */
export const WEBHOOK_URL_MAX_LENGTH = 2000;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 200;
export const WEBHOOK_SERVICE_KEYS_MAX = 50;
/** Standard Webhooks secrets carry this prefix before the base64 key. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** The event types Lagebild sends (names other systems rely on). */
export const WEBHOOK_EVENT_TYPES = [
  'incident.created',
  'incident.updated',
  'incident.resolved',
  'service.status_changed',
  'communication.published',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A secret from 24 or more random bytes the caller drew. */
export function formatWebhookSecret(randomBytes: Uint8Array): string {
  if (randomBytes.length < 24) throw new Error('a webhook secret needs at least 24 random bytes');
  return WEBHOOK_SECRET_PREFIX + bytesToBase64(randomBytes);
}

/**
 * The Standard Webhooks v1 signature header value for one delivery: `v1,` and the base64
 * HMAC-SHA256, keyed with the secret's base64-decoded key, of `id.timestamp.body`.
 * `timestamp` is in whole seconds since the epoch; `body` is the exact bytes sent (as text).
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = base64ToBytes(
    secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret,
  );
  if (key === null || key.length === 0) throw new Error('not a webhook secret');
  const mac = hmac(sha256, key, utf8ToBytes(`${id}.${timestamp}.${body}`));
  return `v1,${bytesToBase64(mac)}`;
}

/** The body of every delivery: `{ type, timestamp, data }` (Standard Webhooks). */
export function webhookBody(type: WebhookEventType, at: Date, data: unknown): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/** http(s), a host (no user or password before it), an optional port and path. */
const WEBHOOK_URL_PATTERN = /^https?:\/\/[^\s/?#@:]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export function validateWebhookSubscription(input: {
  url: string;
  description: string;
  serviceKeys: readonly string[];
  knownServiceKeys: ReadonlySet<string>;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.url.length > WEBHOOK_URL_MAX_LENGTH || !WEBHOOK_URL_PATTERN.test(input.url)) {
    issues.push({ field: 'url', message: 'must be an http(s) URL without credentials' });
  }
  if (input.description.length > WEBHOOK_DESCRIPTION_MAX_LENGTH) {
    issues.push({
      field: 'description',
      message: `at most ${WEBHOOK_DESCRIPTION_MAX_LENGTH} characters`,
    });
  }
  if (input.serviceKeys.length > WEBHOOK_SERVICE_KEYS_MAX) {
    issues.push({ field: 'serviceKeys', message: `at most ${WEBHOOK_SERVICE_KEYS_MAX} services` });
  }
  input.serviceKeys.forEach((key, index) => {
    if (!input.knownServiceKeys.has(key)) {
      issues.push({ field: `serviceKeys.${index}`, message: `unknown service: ${key}` });
    }
  });
  return issues;
}

function ipv4Parts(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const numbers = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return numbers.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? numbers : null;
}

/**
 * True for addresses a webhook must not reach unless allowed: loopback, private (RFC 1918,
 * fc00::/7), link-local (cloud metadata lives there), carrier-grade NAT, unspecified, multicast
 * and reserved ranges.
 */
export function isNonPublicAddress(address: string): boolean {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  const v4 = ipv4Parts(mapped?.[1] ?? lower);
  if (v4) {
    const [a = 0, b = 0] = v4;
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0 && v4[2] === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  if (!lower.includes(':')) return true; // not an IP address at all: refuse rather than guess
  return (
    lower === '::' ||
    lower === '::1' ||
    /^f[cd]/.test(lower) ||
    /^fe[89ab]/.test(lower) ||
    /^ff/.test(lower) ||
    lower.startsWith('::ffff:') ||
    lower.startsWith('64:ff9b:')
  );
}

/** Refuses a webhook whose host resolves to any non-public address (checked on every send). */
export function assertPublicAddresses(host: string, addresses: readonly string[]): void {
  const blocked = addresses.filter(isNonPublicAddress);
  if (addresses.length === 0 || blocked.length > 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The webhook host ${host} resolves to a private or loopback address`,
      [{ field: 'url', message: 'resolves to a private or loopback address' }],
    );
  }
}

/** Which webhook subscriptions receive an event about `serviceKeys` (empty: concerns all). */
export function webhooksFor<T extends { enabled: boolean; serviceKeys: readonly string[] }>(
  webhooks: readonly T[],
  serviceKeys: readonly string[],
): T[] {
  const concerned = new Set(serviceKeys);
  return webhooks.filter(
    (webhook) =>
      webhook.enabled &&
      (concerned.size === 0 ||
        webhook.serviceKeys.length === 0 ||
        webhook.serviceKeys.some((key) => concerned.has(key))),
  );
}
