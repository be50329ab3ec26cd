import { describeEachDatabase } from './support/test-app';

/*
 * Issue 14, item 5: refusals carry a code and the values a reader's language needs, so the
 * dashboard can word them in German or English; the English message stays for API clients.
 */

const CREATE_USER = `mutation U($input: CreateUserInput!) { createUser(input: $input) { email } }`;
const CREATE_SERVICE = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
const UPDATE_SERVICE = `mutation S($input: UpdateServiceInput!) { updateService(input: $input) { key } }`;

describeEachDatabase('refusals carry codes with parameters', (use) => {
  it('refuses a taken e-mail address with TAKEN on the email field, not as a stale edit', async () => {
    const app = use();
    const input = {
      email: 'taken@example.com',
      password: 'a long enough password',
      role: 'VIEWER',
    };
    await app.gqlOk(CREATE_USER, { input });
    const again = await app.gql(CREATE_USER, { input });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'email', code: 'TAKEN', message: 'is already taken' },
    ]);
  });

  it('names a dependency cycle by its keys under DEPENDENCY_CYCLE', async () => {
    const app = use();
    const service = (key: string, dependsOn: string[] = []) => ({
      key,
      name: key,
      tier: 2,
      rtoMinutes: 60,
      rpoMinutes: 15,
      dependsOn,
    });
    const { createService } = await app.gqlOk<{ createService: { key: string } }>(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key version } }`,
      { input: service('till') },
    );
    await app.gqlOk(CREATE_SERVICE, { input: service('stock', [createService.key]) });
    const { service: till } = await app.gqlOk<{ service: { version: number } }>(
      `{ service(key: "till") { version } }`,
    );
    const refused = await app.gql(UPDATE_SERVICE, {
      input: { key: 'till', version: till.version, dependsOn: ['stock'] },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({
        field: 'dependsOn',
        code: 'DEPENDENCY_CYCLE',
        params: { cycle: expect.arrayContaining(['till', 'stock']) },
      }),
    ]);
  });
});
