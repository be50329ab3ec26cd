import { describeEachDatabase } from './support/test-app';

/*
 * Issue 14, item 9: admins read the audit log in the dashboard, narrowed by entity, actor and
 * time, page by page.
 */

const LOG = `query L($entity: String, $actor: String, $from: DateTime, $to: DateTime, $limit: Int!, $offset: Int!) {
  auditLog(entity: $entity, actor: $actor, from: $from, to: $to, limit: $limit, offset: $offset) {
    id action actor entityType entityId at
  }
}`;

interface Entry {
  id: string;
  action: string;
  actor: string;
  entityType: string;
  entityId: string;
  at: string;
}

describeEachDatabase('the audit log, filtered and paged', (use) => {
  it('narrows by entity, actor and time, and pages newest first without repeating an entry', async () => {
    const app = use();
    for (const key of ['till', 'stock', 'labels']) {
      await app.gqlOk(
        `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
        { input: { key, name: key, tier: 2, rtoMinutes: 60, rpoMinutes: 15 } },
      );
    }
    await app.gqlOk(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      { input: { title: 'Till down', severity: 'SEV3' } },
      { as: 'RESPONDER' },
    );
    const log = async (variables: Record<string, unknown>) =>
      (await app.gqlOk<{ auditLog: Entry[] }>(LOG, { limit: 100, offset: 0, ...variables }))
        .auditLog;

    const everything = await log({});
    expect(everything.map((entry) => entry.entityType).sort()).toEqual(
      expect.arrayContaining(['Incident', 'Service', 'Service', 'Service']),
    );

    const services = await log({ entity: 'Service' });
    expect(services.map((entry) => entry.entityId)).toEqual(['labels', 'stock', 'till']);

    const incidentEntry = everything.find((entry) => entry.entityType === 'Incident') as Entry;
    const byResponder = await log({ actor: incidentEntry.actor });
    expect(byResponder.map((entry) => entry.entityType)).toContain('Incident');
    expect(byResponder.every((entry) => entry.actor === incidentEntry.actor)).toBe(true);
    expect(byResponder.map((entry) => entry.entityType)).not.toContain('Service');
    expect(await log({ actor: 'nobody@example.com' })).toEqual([]);

    expect(await log({ to: '2000-01-01T00:00:00Z' })).toEqual([]);
    expect(await log({ from: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
    expect((await log({ from: '2000-01-01T00:00:00Z' })).length).toBe(everything.length);

    const first = await log({ limit: 2, offset: 0 });
    const second = await log({ limit: 2, offset: 2 });
    expect(first).toHaveLength(2);
    expect([...first, ...second].map((entry) => entry.id)).toEqual(
      everything.slice(0, first.length + second.length).map((entry) => entry.id),
    );
  });
});
