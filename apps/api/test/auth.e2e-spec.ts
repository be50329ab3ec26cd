import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import jwt from 'jsonwebtoken';
import { AccessTokens, ACCESS_TOKEN_MINUTES } from '../src/auth/access-tokens';
import { AuthBootstrap, DEMO_PASSWORD, DEMO_USERS } from '../src/auth/auth-bootstrap';
import { UsersService } from '../src/auth/users.service';
import { Clock } from '../src/common/clock';
import { loadConfig } from '../src/config/config';
import { describeEachDatabase, type TestApp } from './support/test-app';
import { authHeadersFor, testEmailFor, TEST_PASSWORD } from './support/test-auth';

const SESSION_FIELDS =
  'accessToken expiresAt refreshToken refreshExpiresAt user { id email name role enabled version }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation ($input: RefreshSessionInput) { refreshSession(input: $input) { ${SESSION_FIELDS} } }`;
const LOGOUT = `mutation ($input: LogoutInput) { logout(input: $input) }`;
const ME = '{ me { kind name role user { email role } } }';
const USER_FIELDS = 'id email name role enabled version lastLoginAt';
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const DISABLE_USER = `mutation ($input: DisableUserInput!) { disableUser(input: $input) { ${USER_FIELDS} } }`;
const KEY_FIELDS = 'id name role prefix createdBy lastUsedAt revokedAt active';
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } } }`;
const REVOKE_KEY = `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { ${KEY_FIELDS} } }`;
const AUDIT = `query ($entity: String!, $id: String) { auditLog(entity: $entity, id: $id) { actor action before after } }`;

interface Session {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
  user: { id: string; email: string; role: string; version: number };
}

async function logIn(app: TestApp, email: string, password: string): Promise<Session> {
  const data = await app.gqlOk<{ login: Session }>(
    LOGIN,
    { input: { email, password } },
    { as: 'anonymous' },
  );
  return data.login;
}

function bearer(token: string) {
  return { as: 'anonymous' as const, headers: { authorization: `Bearer ${token}` } };
}

async function newPerson(app: TestApp, email: string, role: string) {
  const { createUser } = await app.gqlOk<{ createUser: { id: string; version: number } }>(
    CREATE_USER,
    { input: { email, role, password: 'correct horse battery', name: email.split('@')[0] } },
  );
  return createUser;
}

/** Moves the API's clock forward (sessions and keys read it; JWT expiry uses real time). */
function advanceClock(app: TestApp, seconds: number): () => void {
  const clock = app.app.get(Clock);
  const shifted = new Date(Date.now() + seconds * 1000);
  const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(shifted));
  return () => spy.mockRestore();
}

describeEachDatabase('logins, sessions and people', (use) => {
  beforeAll(async () => {
    // The harness creates one person per role on first use.
    for (const role of ['VIEWER', 'RESPONDER', 'ADMIN'] as const) await authHeadersFor(use(), role);
  });

  it('logs in with e-mail and password and answers me with the person and role', async () => {
    const app = use();
    await app.gqlOk(ME, {}, { as: 'RESPONDER' });
    const session = await logIn(app, testEmailFor('RESPONDER').toUpperCase(), TEST_PASSWORD);
    expect(session.user).toMatchObject({ email: testEmailFor('RESPONDER'), role: 'RESPONDER' });
    const lifetime = Date.parse(session.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan((ACCESS_TOKEN_MINUTES - 1) * 60_000);
    expect(lifetime).toBeLessThanOrEqual(ACCESS_TOKEN_MINUTES * 60_000);
    expect(Date.parse(session.refreshExpiresAt) - Date.now()).toBeGreaterThan(13 * 86_400_000);

    const { me } = await app.gqlOk<{ me: unknown }>(ME, {}, bearer(session.accessToken));
    expect(me).toEqual({
      kind: 'USER',
      name: 'Test responder',
      role: 'RESPONDER',
      user: { email: testEmailFor('RESPONDER'), role: 'RESPONDER' },
    });
    const anonymous = await app.gql(ME, {}, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sets the refresh token as an httpOnly, same-site cookie scoped to /graphql and refreshes from it', async () => {
    const app = use();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: testEmailFor('VIEWER'), password: TEST_PASSWORD } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^lagebild_refresh=[\w%-]+; Max-Age=\d+; Path=\/graphql; HttpOnly; SameSite=Strict$/,
    );
    const fromCookie = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] ?? '' },
      body: JSON.stringify({ query: `mutation { refreshSession { accessToken user { role } } }` }),
    });
    const body = (await fromCookie.json()) as {
      data: { refreshSession: { user: { role: string } } };
    };
    expect(body.data.refreshSession.user.role).toBe('VIEWER');
    expect(fromCookie.headers.get('set-cookie')).toMatch(/^lagebild_refresh=/);

    const withoutCookie = await app.gql(
      `mutation { refreshSession { accessToken } }`,
      {},
      { as: 'anonymous' },
    );
    expect(withoutCookie.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refreshes from the cookie only for JSON requests, never for a form another site posts', async () => {
    const app = use();
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: testEmailFor('VIEWER'), password: TEST_PASSWORD } },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const forged = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie, origin: 'https://elsewhere.example' },
        body:
          contentType === 'text/plain'
            ? JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' })
            : 'query=mutation%20%7B%20refreshSession%20%7B%20accessToken%20%7D%20%7D',
      });
      expect({ contentType, status: forged.status }).toEqual({ contentType, status: 415 });
      expect(forged.headers.get('set-cookie')).toBeNull();
    }
    // The cookie is still good: nothing used it.
    const fromCookie = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: `mutation { refreshSession { accessToken } }` }),
    });
    expect(((await fromCookie.json()) as { errors?: unknown }).errors).toBeUndefined();
  });

  it('rotates refresh tokens, tolerates a quick double use and ends the login when an old one comes back', async () => {
    const app = use();
    const first = await logIn(app, testEmailFor('VIEWER'), TEST_PASSWORD);
    const refresh = (token: string) =>
      app.gql<{ refreshSession: Session }>(
        REFRESH,
        { input: { refreshToken: token } },
        { as: 'anonymous' },
      );

    const second = (await refresh(first.refreshToken)).data?.refreshSession;
    expect(second?.refreshToken).toBeDefined();
    expect(second?.refreshToken).not.toBe(first.refreshToken);
    // Two tabs restoring at once: the same token again within seconds still works.
    const parallel = (await refresh(first.refreshToken)).data?.refreshSession;
    expect(parallel?.accessToken).toBeDefined();

    const restore = advanceClock(app, 120);
    try {
      const replayed = await refresh(first.refreshToken);
      expect(replayed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(replayed.errors?.[0]?.message).toMatch(/already used/);
      // The whole login ended, including the tokens handed out in between.
      for (const token of [second?.refreshToken ?? '', parallel?.refreshToken ?? '']) {
        expect((await refresh(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      restore();
    }
  });

  it('continues one login, not eight, when eight requests refresh with one token at once', async () => {
    const app = use();
    const first = await logIn(app, testEmailFor('VIEWER'), TEST_PASSWORD);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.gql<{ refreshSession: Session }>(
          REFRESH,
          { input: { refreshToken: first.refreshToken } },
          { as: 'anonymous' },
        ),
      ),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(Array(8).fill(undefined));
    const successors = new Set(answers.map((answer) => answer.data?.refreshSession.refreshToken));
    expect(successors.size).toBe(1);
    expect(successors.has(first.refreshToken)).toBe(false);
    // The family holds the first token and its one successor, nothing else.
    const dataSource = app.app.get(DataSource);
    const [familyOf] = app.database === 'postgres' ? ['$1'] : ['?'];
    const rows = (await dataSource.query(
      `SELECT COUNT(*) AS count FROM refresh_tokens WHERE family_id =
        (SELECT family_id FROM refresh_tokens WHERE token_hash = ${familyOf})`,
      [createHash('sha256').update(first.refreshToken, 'utf8').digest('hex')],
    )) as { count: string | number }[];
    expect(Number(rows[0]?.count)).toBe(2);
  });

  it('ends a login on logout and refuses an expired refresh token', async () => {
    const app = use();
    const session = await logIn(app, testEmailFor('VIEWER'), TEST_PASSWORD);
    expect(
      await app.gqlOk(
        LOGOUT,
        { input: { refreshToken: session.refreshToken } },
        { as: 'anonymous' },
      ),
    ).toEqual({ logout: true });
    const afterLogout = await app.gql(
      REFRESH,
      { input: { refreshToken: session.refreshToken } },
      { as: 'anonymous' },
    );
    expect(afterLogout.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const other = await logIn(app, testEmailFor('VIEWER'), TEST_PASSWORD);
    const restore = advanceClock(app, 15 * 86_400);
    try {
      const expired = await app.gql(
        REFRESH,
        { input: { refreshToken: other.refreshToken } },
        { as: 'anonymous' },
      );
      expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      restore();
    }
  });

  it('refuses expired, tampered, foreign-signed and unsigned access tokens', async () => {
    const app = use();
    const session = await logIn(app, testEmailFor('ADMIN'), TEST_PASSWORD);
    const tokens = app.app.get(AccessTokens);
    const expired = tokens.issue(
      session.user.id,
      new Date(Date.now() - (ACCESS_TOKEN_MINUTES + 1) * 60_000),
    );
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const tampered = [
      header,
      Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url'),
      signature,
    ].join('.');
    const foreign = jwt.sign({ typ: 'access' }, 'x'.repeat(48), {
      subject: session.user.id,
      issuer: 'lagebild',
      audience: 'lagebild-api',
      expiresIn: 600,
    });
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;

    const cases: [string, RegExp][] = [
      [expired.token, /expired/],
      [tampered, /not valid/],
      [foreign, /not valid/],
      [unsigned, /not valid/],
      ['garbage', /not valid/],
    ];
    for (const [token, message] of cases) {
      const result = await app.gql('{ services { key } }', {}, bearer(token));
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    const basic = await app.gql(
      '{ services { key } }',
      {},
      {
        as: 'anonymous',
        headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
      },
    );
    expect(basic.errors?.[0]?.message).toBe('Only Bearer credentials are accepted');
    // Public operations still work with a bad token.
    expect(
      (await app.gql('{ statusPage { __typename } }', {}, bearer('garbage'))).errors,
    ).toBeUndefined();
  });

  it('lets admins create, change and disable people; a disabled person is refused at once', async () => {
    const app = use();
    const person = await newPerson(app, 'dana@example.com', 'VIEWER');
    const session = await logIn(app, 'dana@example.com', 'correct horse battery');
    const duplicate = await app.gql(CREATE_USER, {
      input: { email: 'Dana@Example.com', role: 'ADMIN', password: 'another long one' },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const promoted = await app.gqlOk<{ updateUser: { role: string; version: number } }>(
      UPDATE_USER,
      {
        input: { id: person.id, version: person.version, role: 'RESPONDER', name: 'Dana' },
      },
    );
    expect(promoted.updateUser).toMatchObject({ role: 'RESPONDER', version: 2 });
    const stale = await app.gql(UPDATE_USER, {
      input: { id: person.id, version: 1, role: 'ADMIN' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The new role applies to the token already handed out.
    const { me } = await app.gqlOk<{ me: { role: string } }>(ME, {}, bearer(session.accessToken));
    expect(me.role).toBe('RESPONDER');

    const short = await app.gql(CREATE_USER, {
      input: { email: 'x@example.com', role: 'VIEWER', password: 'short' },
    });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await app.gqlOk(DISABLE_USER, { input: { id: person.id } });
    const refused = await app.gql(ME, {}, bearer(session.accessToken));
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await app.gql(
      LOGIN,
      { input: { email: 'dana@example.com', password: 'correct horse battery' } },
      { as: 'anonymous' },
    );
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await app.gql(
      REFRESH,
      { input: { refreshToken: session.refreshToken } },
      { as: 'anonymous' },
    );
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { users } = await app.gqlOk<{ users: { email: string; enabled: boolean }[] }>(
      `{ users { email enabled } }`,
    );
    expect(users).toContainEqual({ email: 'dana@example.com', enabled: false });
  });

  it('never lets the last enabled administrator go', async () => {
    const app = use();
    const users = app.app.get(UsersService);
    const admins = (await users.list()).filter((user) => user.role === 'ADMIN' && user.enabled);
    expect(admins).toHaveLength(1);
    const [admin] = admins;
    const result = await app.gql(DISABLE_USER, { input: { id: admin?.id } });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe('The last enabled administrator cannot be removed');
  });

  it('keeps passwords and their hashes out of answers and the audit log', async () => {
    const app = use();
    const person = await newPerson(app, 'erik@example.com', 'VIEWER');
    await app.gqlOk(UPDATE_USER, {
      input: { id: person.id, version: 1, password: 'a brand new secret' },
    });
    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(AUDIT, {
      entity: 'User',
      id: person.id,
    });
    expect(auditLog.map((entry) => entry.action)).toEqual(['updateUser', 'createUser']);
    const text = JSON.stringify(auditLog);
    expect(text).not.toMatch(/argon2|correct horse|brand new secret|password/i);
    const stored = (await app.app
      .get(DataSource)
      .query("SELECT password_hash FROM users WHERE email = 'erik@example.com'")) as {
      password_hash: string;
    }[];
    expect(String(stored[0]?.password_hash)).toMatch(/^\$argon2id\$/);
  });
});

describeEachDatabase('API keys', (use) => {
  it('shows the secret once, stores only its hash and lists the key without it', async () => {
    const app = use();
    const { createApiKey } = await app.gqlOk<{
      createApiKey: {
        secret: string;
        apiKey: { id: string; prefix: string; createdBy: string; active: boolean };
      };
    }>(CREATE_KEY, { input: { name: 'shop', role: 'RESPONDER' } });
    expect(createApiKey.secret).toMatch(/^lgb_[\w-]{43}$/);
    expect(createApiKey.secret.startsWith(createApiKey.apiKey.prefix)).toBe(true);
    expect(createApiKey.apiKey).toMatchObject({ createdBy: testEmailFor('ADMIN'), active: true });

    const rows = await app.app.get(DataSource).query('SELECT * FROM api_keys');
    expect(JSON.stringify(rows)).not.toContain(createApiKey.secret);
    const { apiKeys } = await app.gqlOk<{ apiKeys: unknown[] }>(`{ apiKeys { ${KEY_FIELDS} } }`);
    expect(JSON.stringify(apiKeys)).not.toContain(createApiKey.secret);

    const twice = await app.gql(CREATE_KEY, { input: { name: 'shop', role: 'VIEWER' } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('acts with the key role, sent as Bearer or X-Api-Key, audited as api-key:<name>', async () => {
    const app = use();
    const { createApiKey } = await app.gqlOk<{
      createApiKey: { secret: string; apiKey: { id: string } };
    }>(CREATE_KEY, { input: { name: 'catalogue-sync', role: 'ADMIN' } });
    const viewer = await app.gqlOk<{ createApiKey: { secret: string } }>(CREATE_KEY, {
      input: { name: 'status-widget', role: 'VIEWER' },
    });
    const asKey = (secret: string, header: 'bearer' | 'x-api-key') => ({
      as: 'anonymous' as const,
      headers: (header === 'bearer'
        ? { authorization: `Bearer ${secret}` }
        : { 'x-api-key': secret }) as Record<string, string>,
    });

    const { me } = await app.gqlOk<{ me: unknown }>(
      ME,
      {},
      asKey(createApiKey.secret, 'x-api-key'),
    );
    expect(me).toEqual({ kind: 'API_KEY', name: 'catalogue-sync', role: 'ADMIN', user: null });
    const service = { key: 'web-shop', name: 'Web shop', tier: 1, rtoMinutes: 60, rpoMinutes: 15 };
    await app.gqlOk(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: service },
      asKey(createApiKey.secret, 'bearer'),
    );
    const { auditLog } = await app.gqlOk<{ auditLog: { actor: string }[] }>(AUDIT, {
      entity: 'Service',
      id: 'web-shop',
    });
    expect(auditLog[0]?.actor).toBe('api-key:catalogue-sync');

    const tooLow = await app.gql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { ...service, key: 'other' } },
      asKey(viewer.createApiKey.secret, 'bearer'),
    );
    expect(tooLow.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await app.gqlOk<{ services: unknown[] }>(
          '{ services { key } }',
          {},
          asKey(viewer.createApiKey.secret, 'bearer'),
        )
      ).services,
    ).toHaveLength(1);

    const { apiKeys } = await app.gqlOk<{ apiKeys: { name: string; lastUsedAt: string | null }[] }>(
      `{ apiKeys { name lastUsedAt } }`,
    );
    expect(apiKeys.find((key) => key.name === 'catalogue-sync')?.lastUsedAt).not.toBeNull();
  });

  it('refuses revoked and unknown keys at once', async () => {
    const app = use();
    const { createApiKey } = await app.gqlOk<{
      createApiKey: { secret: string; apiKey: { id: string } };
    }>(CREATE_KEY, { input: { name: 'helpdesk', role: 'VIEWER' } });
    const headers = { authorization: `Bearer ${createApiKey.secret}` };
    expect(
      (await app.gql('{ services { key } }', {}, { as: 'anonymous', headers })).errors,
    ).toBeUndefined();
    const { revokeApiKey } = await app.gqlOk<{
      revokeApiKey: { active: boolean; revokedAt: string };
    }>(REVOKE_KEY, { input: { id: createApiKey.apiKey.id } });
    expect(revokeApiKey.active).toBe(false);
    for (const secret of [
      createApiKey.secret,
      `${createApiKey.secret.slice(0, -2)}xx`,
      'lgb_unknown',
    ]) {
      const refused = await app.gql(
        '{ services { key } }',
        {},
        {
          as: 'anonymous',
          headers: { 'x-api-key': secret },
        },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.message).toBe('The API key is unknown or revoked');
    }
    // A revoked name may be given to a new key.
    await app.gqlOk(CREATE_KEY, { input: { name: 'helpdesk', role: 'VIEWER' } });
  });
});

describeEachDatabase(
  'first start',
  (use) => {
    it('creates the configured administrator and the demo people, who can log in', async () => {
      const app = use();
      const admin = await logIn(app, 'owner@shop.example', 'owner-password-1234');
      expect(admin.user.role).toBe('ADMIN');
      for (const demo of DEMO_USERS) {
        const session = await logIn(app, demo.email, DEMO_PASSWORD);
        expect(session.user.role).toBe(demo.role);
      }
    });

    it('never duplicates them or resets a changed password on the next start', async () => {
      const app = use();
      const users = app.app.get(UsersService);
      const support = await users.findByEmail('support@example.com');
      await app.gqlOk(
        UPDATE_USER,
        {
          input: { id: support?.id, version: support?.version, password: 'changed after the demo' },
        },
        { as: 'ADMIN' },
      );
      const before = (await users.list()).length;
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await app.app.get(AuthBootstrap).onApplicationBootstrap();
        expect(log.mock.calls.join('\n')).toContain('DEMO ONLY');
      } finally {
        log.mockRestore();
      }
      expect((await users.list()).length).toBe(before);
      const refused = await app.gql(
        LOGIN,
        { input: { email: 'support@example.com', password: DEMO_PASSWORD } },
        { as: 'anonymous' },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  },
  {
    demo: true,
    auth: {
      adminEmail: 'owner@shop.example',
      adminPassword: 'owner-password-1234',
      jwtSecret: 'a-test-secret-that-is-long-enough-for-hs256',
      personAccessReuseMs: 0,
    },
  },
);

describeEachDatabase('credentials on live subscriptions', (use) => {
  /** The first thing a subscription delivers: an event or the refusal. */
  async function firstAnswer(app: TestApp, connectionParams: Record<string, string>) {
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
    });
    let change: Promise<unknown> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await new Promise<{ error?: unknown; data?: unknown }>((resolve) => {
        client.subscribe(
          { query: 'subscription { overviewChanged { change } }' },
          {
            next: (event) => resolve({ data: event.data, error: event.errors }),
            error: (error) => resolve({ error }),
            complete: () => resolve({}),
          },
        );
        // An accepted subscription stays silent until something changes: cause a change.
        timer = setTimeout(() => {
          change = app.gql(
            `mutation ($input: CreateServiceInput!) { createService(input: $input) { key } }`,
            {
              input: {
                key: `live-${Date.now()}`,
                name: 'Live probe',
                tier: 3,
                rtoMinutes: 60,
                rpoMinutes: 0,
              },
            },
          );
        }, 500);
      });
    } finally {
      clearTimeout(timer);
      await change;
      await client.dispose();
    }
  }

  it('refuses an anonymous subscription and accepts a token or an API key in connection_init', async () => {
    const app = use();
    const refused = await firstAnswer(app, {});
    expect(JSON.stringify(refused.error)).toContain('Log in to use Subscription.overviewChanged');

    const { authorization } = await authHeadersFor(app, 'VIEWER');
    const withToken = await firstAnswer(app, { authorization: authorization ?? '' });
    expect(withToken.error).toBeUndefined();
    expect(withToken.data).toEqual({ overviewChanged: { change: 'service' } });

    const { createApiKey } = await app.gqlOk<{ createApiKey: { secret: string } }>(CREATE_KEY, {
      input: { name: 'wallboard', role: 'VIEWER' },
    });
    const withKey = await firstAnswer(app, { apiKey: createApiKey.secret });
    expect(withKey.data).toEqual({ overviewChanged: { change: 'service' } });
  });
});

describeEachDatabase(
  "a person's role and enabled flag between requests",
  (use) => {
    it('are reused for a moment, yet a change through the API applies to the next request', async () => {
      const app = use();
      const person = await newPerson(app, 'reader@shop.example', 'VIEWER');
      const session = await logIn(app, 'reader@shop.example', 'correct horse battery');
      // `users` is for ADMINs only: the refusal shows which role the request was judged by.
      const users = () => app.gql(`{ users { id } }`, {}, bearer(session.accessToken));
      expect((await users()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // Raised behind the API's back: within the reuse window the person is not read again.
      const dataSource = app.app.get(DataSource);
      const [role, id] = app.database === 'postgres' ? ['$1', '$2'] : ['?', '?'];
      await dataSource.query(`UPDATE users SET role = ${role} WHERE id = ${id}`, [
        'ADMIN',
        person.id,
      ]);
      app.queries.reset();
      expect((await users()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(app.queries.statements).toBe(0);

      // Disabled through the API: refused at once, whatever the window.
      await app.gqlOk(`mutation ($id: ID!) { disableUser(input: { id: $id }) { id } }`, {
        id: person.id,
      });
      const refused = await users();
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  },
  { auth: { ...loadConfig({}).auth, personAccessReuseMs: 60_000 } },
);
