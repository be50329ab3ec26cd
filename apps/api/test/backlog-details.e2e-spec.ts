import { describeEachDatabase } from './support/test-app';

/*
 * Issue 14, item 7: a backlog's name, unit and promise can be changed after it was created,
 * against the version the form was opened with.
 */

const CREATE = `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { key version } }`;
const UPDATE = `mutation U($input: UpdateBacklogInput!) {
  updateBacklog(input: $input) { key name unit promiseHours version }
}`;

describeEachDatabase('editing a backlog', (use) => {
  it('changes name, unit and promise in place; refuses a stale version and an empty name', async () => {
    const app = use();
    const { createBacklog } = await app.gqlOk<{ createBacklog: { version: number } }>(CREATE, {
      input: { key: 'returns', name: 'Returns', unit: 'parcels', promiseHours: 24 },
    });

    const { updateBacklog } = await app.gqlOk<{ updateBacklog: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          backlogKey: 'returns',
          version: createBacklog.version,
          name: 'Retouren',
          promiseHours: null,
        },
      },
      { as: 'RESPONDER' },
    );
    expect(updateBacklog).toEqual({
      key: 'returns',
      name: 'Retouren',
      unit: 'parcels',
      promiseHours: null,
      version: createBacklog.version + 1,
    });

    const stale = await app.gql(UPDATE, {
      input: { backlogKey: 'returns', version: createBacklog.version, unit: 'Pakete' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const empty = await app.gql(UPDATE, {
      input: { backlogKey: 'returns', version: createBacklog.version + 1, name: ' ' },
    });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'name', code: 'REQUIRED', message: 'is required' },
    ]);
  });
});
