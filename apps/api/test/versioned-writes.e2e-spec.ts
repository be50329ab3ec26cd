import { describeEachDatabase } from './support/test-app';

const CREATE = `mutation C($input: CreateServiceInput!) { createService(input: $input) { version } }`;
const UPDATE = `mutation U($input: UpdateServiceInput!) { updateService(input: $input) { name version } }`;
const AUDIT = `query A($id: String) { auditLog(entity: "Service", id: $id) { action } }`;

describeEachDatabase('versioned writes under concurrent edits', (use) => {
  it('lets exactly one of many edits based on the same version land; the others get CONFLICT and leave no audit entry', async () => {
    const app = use();
    const { createService } = await app.gqlOk<{ createService: { version: number } }>(CREATE, {
      input: { key: 'label-printer', name: 'Labels', tier: 2, rtoMinutes: 60, rpoMinutes: 0 },
    });
    const names = ['Labels A', 'Labels B', 'Labels C', 'Labels D'];
    const results = await Promise.all(
      names.map((name) =>
        app.gql<{ updateService: { name: string; version: number } }>(UPDATE, {
          input: { key: 'label-printer', version: createService.version, name },
        }),
      ),
    );

    const landed = results.filter((result) => !result.errors?.length);
    const refused = results.filter((result) => result.errors?.length);
    expect(landed).toHaveLength(1);
    expect(landed[0]?.data?.updateService.version).toBe(createService.version + 1);
    expect(refused.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(
      names.slice(1).map(() => 'CONFLICT'),
    );

    const { service } = await app.gqlOk<{ service: { name: string; version: number } }>(
      `{ service(key: "label-printer") { name version } }`,
    );
    expect(service).toEqual(landed[0]?.data?.updateService);
    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(AUDIT, {
      id: 'label-printer',
    });
    expect(auditLog.map((entry) => entry.action).sort()).toEqual([
      'createService',
      'updateService',
    ]);
  });
});
