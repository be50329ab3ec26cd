import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe; used for refresh tokens and API key secrets. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hex SHA-256; enough for high-entropy tokens, which cannot be guessed from their hash. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
