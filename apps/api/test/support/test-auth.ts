import { type Role } from '../../src/auth/actor';
import { UsersService } from '../../src/auth/users.service';
import { type TestApp } from './test-app';

/** Who a test request is sent as. */
export type TestIdentity = Role | 'anonymous';

export const TEST_PASSWORD = 'test-password-of-the-suite';

/** The e-mail address of the person the harness logs in as for `role`. */
export function testEmailFor(role: Role): string {
  return `${role.toLowerCase()}@test.lagebild.example`;
}

const sessions = new WeakMap<TestApp, Map<Role, Promise<Record<string, string>>>>();

/**
 * Headers that make a request come from `identity`: for a role, a real access token of a
 * person with that role, created once per app and logged in through the `login` mutation.
 * Anonymous requests carry no headers.
 */
export async function authHeadersFor(
  app: TestApp,
  identity: TestIdentity,
): Promise<Record<string, string>> {
  if (identity === 'anonymous') return {};
  let perApp = sessions.get(app);
  if (!perApp) {
    perApp = new Map();
    sessions.set(app, perApp);
  }
  let headers = perApp.get(identity);
  if (!headers) {
    headers = logInAs(app, identity);
    perApp.set(identity, headers);
    // A failed login must not be cached for the rest of the suite.
    headers.catch(() => perApp.delete(identity));
  }
  return headers;
}

async function logInAs(app: TestApp, role: Role): Promise<Record<string, string>> {
  const email = testEmailFor(role);
  const users = app.app.get(UsersService);
  if (!(await users.findByEmail(email))) {
    await users.create(
      { email, name: `Test ${role.toLowerCase()}`, role, password: TEST_PASSWORD },
      { kind: 'system', name: 'test' },
    );
  }
  const result = await app.gql<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: TEST_PASSWORD } },
    { as: 'anonymous' },
  );
  const token = result.data?.login.accessToken;
  if (!token) throw new Error(`Test login as ${role} failed: ${JSON.stringify(result.errors)}`);
  return { authorization: `Bearer ${token}` };
}
