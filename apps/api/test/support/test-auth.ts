import { type Role } from '../../src/auth/actor';
import { type TestApp } from './test-app';

/** Who a test request is sent as. */
export type TestIdentity = Role | 'anonymous';

/**
 * Headers that make a request come from `identity`. Until people and API keys exist every
 * request is anonymous, so this returns no headers.
 */
export async function authHeadersFor(
  _app: TestApp,
  _identity: TestIdentity,
): Promise<Record<string, string>> {
  return {};
}
