import { BacklogsService } from '../src/backlogs/backlogs.service';
import { describeEachDatabase, type TestApp } from './support/test-app';

const RESPONDER = { as: 'RESPONDER' as const };
const HOUR = 3_600_000;
/** Monday 23 November 2026, 08:00 in Berlin. */
const AS_OF = new Date('2026-11-23T07:00:00.000Z');

function at(hoursFromAsOf: number): string {
  return new Date(AS_OF.getTime() + hoursFromAsOf * HOUR).toISOString();
}

async function createBacklog(app: TestApp, input: Record<string, unknown>): Promise<string> {
  const { createBacklog } = await app.gqlOk<{ createBacklog: { id: string } }>(
    `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { id } }`,
    { input: { unit: 'e-mail', staff: 1, itemsPerStaffHour: 10, ...input } },
    RESPONDER,
  );
  return createBacklog.id;
}

async function declareIncident(app: TestApp): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    {
      input: {
        title: 'Server down',
        severity: 'SEV1',
        startedAt: at(-72),
        detectedAt: at(-72),
      },
    },
    RESPONDER,
  );
  return declareIncident.id;
}

describeEachDatabase('backlog situation facts for other features', (use) => {
  let incidentId: string;
  let mailsId: string;
  let parcelsId: string;

  beforeAll(async () => {
    const app = use();
    incidentId = await declareIncident(app);
    mailsId = await createBacklog(app, {
      key: 'mails',
      name: 'E-mails',
      incidentId,
      promiseHours: 24,
      arrivalRatePerHour: 0,
    });
    parcelsId = await createBacklog(app, { key: 'parcels', name: 'Parcels', unit: 'parcel' });
    await app.gqlOk(
      `mutation U($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }`,
      {
        input: {
          backlogKey: 'mails',
          idempotencyKey: 'mails-1',
          items: [
            // due before asOf, still open: a missed promise
            { externalRef: 'a', receivedAt: at(-50), dueAt: at(-26) },
            // due before asOf, done late: a missed promise
            { externalRef: 'b', receivedAt: at(-50), dueAt: at(-26), doneAt: at(-10) },
            // due before asOf, done in time
            { externalRef: 'c', receivedAt: at(-50), dueAt: at(-26), doneAt: at(-30) },
            // open, due later
            { externalRef: 'd', receivedAt: at(-2), dueAt: at(30) },
            // received after asOf
            { externalRef: 'e', receivedAt: at(1) },
          ],
        },
      },
      RESPONDER,
    );
    for (const [open, hours] of [
      [40, -5],
      [30, -1],
      [99, 2],
    ] as const) {
      await app.gqlOk(
        `mutation R($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
        {
          input: { backlogKey: 'parcels', idempotencyKey: `p${hours}`, open, at: at(hours) },
        },
        RESPONDER,
      );
    }
  });

  it('describes every backlog without a filter, from counts and forecasts at asOf', async () => {
    const facts = await use().app.get(BacklogsService).situationFacts(AS_OF);
    expect(facts.map((fact) => fact.key)).toEqual(['mails', 'parcels']);
    const [mails, parcels] = facts;
    expect(mails).toMatchObject({
      id: mailsId,
      name: 'E-mails',
      unit: 'e-mail',
      incidentId,
      serviceKey: null,
      accepted: false,
      open: 2,
      notClearingReason: null,
      itemsMissingPromise: 1,
      snapshots: [],
      promisesMissed: 2,
    });
    expect(mails?.model.key).toBe('mails');
    // Two items at 10 per working hour from Monday 08:00 Berlin: done 12 minutes later.
    expect(mails?.clearsAt?.toISOString()).toBe('2026-11-23T07:12:00.000Z');
    expect(parcels).toMatchObject({
      id: parcelsId,
      incidentId: null,
      open: 30,
      // Counts only: nobody knows how many will miss their promise.
      itemsMissingPromise: null,
      promisesMissed: 0,
      snapshots: [
        { at: new Date(at(-5)), open: 40 },
        { at: new Date(at(-1)), open: 30 },
      ],
    });
  });

  it('narrows to the backlogs and incidents asked for', async () => {
    const service = use().app.get(BacklogsService);
    expect(
      (await service.situationFacts(AS_OF, { incidentIds: [incidentId] })).map((f) => f.key),
    ).toEqual(['mails']);
    expect(
      (await service.situationFacts(AS_OF, { backlogIds: [parcelsId] })).map((f) => f.key),
    ).toEqual(['parcels']);
    expect(await service.situationFacts(AS_OF, { backlogIds: [] })).toEqual([]);
    expect(
      await service.situationFacts(AS_OF, { backlogIds: [parcelsId], incidentIds: [incidentId] }),
    ).toEqual([]);
  });

  it('costs the same statements for one backlog and for many', async () => {
    const app = use();
    const service = app.app.get(BacklogsService);
    app.queries.reset();
    await service.situationFacts(AS_OF, { backlogIds: [parcelsId] });
    const forOne = app.queries.statements;
    app.queries.reset();
    await service.situationFacts(AS_OF);
    expect(app.queries.statements).toBe(forOne);
  });

  it('gives open counts per backlog now', async () => {
    const counts = await use().app.get(BacklogsService).openCounts([mailsId, parcelsId]);
    // Now is after every item and snapshot: d and e are open, parcels' latest count is 99.
    expect(counts.get(mailsId)).toBe(3);
    expect(counts.get(parcelsId)).toBe(99);
  });
});
