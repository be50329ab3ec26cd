import { PROMISE_MAX_AHEAD_DAYS, RECORDED_TIME_MAX_AHEAD_HOURS } from '@lagebild/domain';
import { describeEachDatabase, type TestApp } from './support/test-app';

const RESPONDER = { as: 'RESPONDER' as const };
const HOUR = 3_600_000;
const fromNow = (hours: number): string => new Date(Date.now() + hours * HOUR).toISOString();

const RECORD = `mutation Record($input: RecordBacklogSnapshotInput!) {
  recordBacklogSnapshot(input: $input) { replayed }
}`;
const UPSERT = `mutation Upsert($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { inserted }
}`;
const POST = `mutation Post($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`;

type Result = { errors?: { extensions?: { code?: string; issues?: { field: string }[] } }[] };
const refusal = (result: Result) => ({
  code: result.errors?.[0]?.extensions?.code,
  fields: result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field) ?? [],
});

describeEachDatabase('plausible times at the edge', (use) => {
  let incidentId: string;
  const startedHoursAgo = 6;

  beforeAll(async () => {
    const app = use();
    await app.gqlOk(
      `mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      { input: { key: 'mails', name: 'Unanswered e-mails', unit: 'e-mails' } },
      RESPONDER,
    );
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation ($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: { title: 'Server failed', severity: 'SEV1', startedAt: fromNow(-startedHoursAgo) },
      },
      RESPONDER,
    );
    incidentId = declareIncident.id;
  });

  async function counts(app: TestApp) {
    const data = await app.gqlOk<{
      backlog: { snapshots: unknown[]; itemCount: number };
      incident: { timeline: unknown[] };
    }>(
      `query ($id: ID!) {
        backlog(key: "mails") { snapshots { at } itemCount }
        incident(id: $id) { timeline { id } }
      }`,
      { id: incidentId },
    );
    return {
      snapshots: data.backlog.snapshots.length,
      items: data.backlog.itemCount,
      timeline: data.incident.timeline.length,
    };
  }

  it('refuses a snapshot dated more than a day ahead (a typo like 2030), naming the field and writing nothing', async () => {
    const app = use();
    const before = await counts(app);
    for (const at of ['2030-11-23T09:00:00.000Z', fromNow(RECORDED_TIME_MAX_AHEAD_HOURS + 1)]) {
      const result = await app.gql(
        RECORD,
        { input: { backlogKey: 'mails', open: 10, at, idempotencyKey: `typo-${at}` } },
        RESPONDER,
      );
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['at'] });
    }
    expect(await counts(app)).toEqual(before);
    await app.gqlOk(
      RECORD,
      { input: { backlogKey: 'mails', open: 10, at: fromNow(1), idempotencyKey: 'drift' } },
      RESPONDER,
    );
  });

  it('refuses items received or done more than a day ahead and due more than 30 days ahead, but keeps work received before the incident', async () => {
    const app = use();
    const before = await counts(app);
    const refused = await app.gql(
      UPSERT,
      {
        input: {
          backlogKey: 'mails',
          idempotencyKey: 'future-items',
          items: [
            { externalRef: 'm1', receivedAt: fromNow(48) },
            { externalRef: 'm2', receivedAt: fromNow(-2), doneAt: fromNow(48) },
            {
              externalRef: 'm3',
              receivedAt: fromNow(-2),
              dueAt: fromNow((PROMISE_MAX_AHEAD_DAYS + 1) * 24),
            },
          ],
        },
      },
      RESPONDER,
    );
    expect(refusal(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['items[0].receivedAt', 'items[1].doneAt', 'items[2].dueAt'],
    });
    expect(await counts(app)).toEqual(before);

    // The e-mails waited since Wednesday; the server failed on Friday.
    await app.gqlOk(
      UPSERT,
      {
        input: {
          backlogKey: 'mails',
          idempotencyKey: 'since-wednesday',
          items: [{ externalRef: 'm4', receivedAt: fromNow(-50), dueAt: fromNow(-26) }],
        },
      },
      RESPONDER,
    );
    expect((await counts(app)).items).toBe(before.items + 1);
  });

  it('refuses a next update promised more than 30 days ahead and a timeline entry dated before the incident started', async () => {
    const app = use();
    const before = await counts(app);
    const farPromise = await app.gql(
      POST,
      {
        input: {
          incidentId,
          body: 'Next update soon',
          visibility: 'PUBLIC',
          nextUpdateAt: '2099-01-01T00:00:00.000Z',
        },
      },
      RESPONDER,
    );
    expect(refusal(farPromise)).toEqual({ code: 'BAD_USER_INPUT', fields: ['nextUpdateAt'] });
    const beforeStart = await app.gql(
      POST,
      {
        input: {
          incidentId,
          body: 'Written after the fact',
          visibility: 'INTERNAL',
          displayAt: fromNow(-startedHoursAgo - 1),
        },
      },
      RESPONDER,
    );
    expect(refusal(beforeStart)).toEqual({ code: 'BAD_USER_INPUT', fields: ['displayAt'] });
    const ahead = await app.gql(
      POST,
      {
        input: { incidentId, body: 'Typo', visibility: 'INTERNAL', displayAt: fromNow(25) },
      },
      RESPONDER,
    );
    expect(refusal(ahead)).toEqual({ code: 'BAD_USER_INPUT', fields: ['displayAt'] });
    expect(await counts(app)).toEqual(before);

    await app.gqlOk(
      POST,
      {
        input: {
          incidentId,
          body: 'Next update in a week',
          visibility: 'PUBLIC',
          nextUpdateAt: fromNow(PROMISE_MAX_AHEAD_DAYS * 24 - 1),
        },
      },
      RESPONDER,
    );
  });
});
