import { describeEachDatabase, type TestApp } from './support/test-app';

const BACKLOG_FIELDS = `id key name unit incidentId promiseHours open itemCount accepted version
  arrivalRatePerHour capacity { staff itemsPerStaffHour perHour }
  calendar { timeZone holidays workingHours { weekday start end } }`;

const CREATE = `mutation Create($input: CreateBacklogInput!) {
  createBacklog(input: $input) { ${BACKLOG_FIELDS} }
}`;
const RECORD = `mutation Record($input: RecordBacklogSnapshotInput!) {
  recordBacklogSnapshot(input: $input) { replayed snapshot { at open } backlog { key open } }
}`;
const UPSERT = `mutation Upsert($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { received inserted updated unchanged replayed backlog { open itemCount } }
}`;
const SET_CAPACITY = `mutation SetCapacity($input: SetBacklogCapacityInput!) {
  setBacklogCapacity(input: $input) { version capacity { staff itemsPerStaffHour perHour } arrivalRatePerHour }
}`;
const ACCEPT = `mutation Accept($input: AcceptBacklogInput!) {
  acceptBacklog(input: $input) { accepted version }
}`;
const FORECAST = `query Forecast($key: String!, $asOf: DateTime, $deadline: DateTime, $staff: Float) {
  backlog(key: $key) {
    open
    forecast(asOf: $asOf, deadline: $deadline, staff: $staff) {
      asOf open staff capacityPerHour arrivalRatePerHour arrivalRateSource
      clearsAt notClearingReason hoursToClear workingHoursToClear
      staffNeededByDeadline staffNeededByDeadlineUnreachableReason
      staffToClearWithinWeek staffToClearWithinWeekUnreachableReason
      itemsMissingPromiseCount
      itemsMissingPromise(first: 3) { externalRef dueAt expectedDoneAt overdue }
      projection { at open }
    }
  }
}`;

/** Feeding and keeping backlogs is a responder's job. */
const RESPONDER = { as: 'RESPONDER' as const };

/** Monday 23 November 2026, 08:00 in Berlin. */
const MONDAY_8_BERLIN = '2026-11-23T07:00:00.000Z';

function codeOf(result: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

function fieldsOf(result: {
  errors?: { extensions?: { issues?: { field: string }[] } }[];
}): string[] {
  return result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field) ?? [];
}

async function snapshotCount(app: TestApp, key: string): Promise<number> {
  const data = await app.gqlOk<{ backlog: { snapshots: unknown[] } }>(
    `query($key: String!) { backlog(key: $key) { snapshots { at } } }`,
    { key },
  );
  return data.backlog.snapshots.length;
}

describeEachDatabase('backlogs over GraphQL', (use) => {
  it('creates a backlog with the default calendar and no history', async () => {
    const app = use();
    const { createBacklog } = await app.gqlOk<{ createBacklog: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          key: 'unanswered-emails',
          name: 'Unanswered e-mails',
          unit: 'e-mail',
          promiseHours: 24,
          staff: 5,
          itemsPerStaffHour: 20,
          arrivalRatePerHour: 0,
        },
      },
      RESPONDER,
    );
    expect(createBacklog).toMatchObject({
      key: 'unanswered-emails',
      open: 0,
      itemCount: 0,
      accepted: false,
      version: 1,
      incidentId: null,
      capacity: { staff: 5, itemsPerStaffHour: 20, perHour: 100 },
      calendar: { timeZone: 'Europe/Berlin', holidays: [] },
    });
    expect((createBacklog['calendar'] as { workingHours: unknown[] }).workingHours).toHaveLength(5);
  });

  it('refuses bad backlogs with BAD_USER_INPUT naming the field, and a taken key with CONFLICT', async () => {
    const app = use();
    const base = { key: 'parcels', name: 'Parcels not shipped', unit: 'parcel' };
    const negative = await app.gql(CREATE, { input: { ...base, staff: -1 } }, RESPONDER);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(negative)).toContain('staff');
    const badZone = await app.gql(
      CREATE,
      {
        input: { ...base, calendar: { timeZone: 'Mars/Olympus', holidays: ['2026-02-30'] } },
      },
      RESPONDER,
    );
    expect(codeOf(badZone)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badZone)).toEqual(['calendar.timeZone', 'calendar.holidays']);
    const badKey = await app.gql(CREATE, { input: { ...base, key: 'Parcels!' } }, RESPONDER);
    expect(fieldsOf(badKey)).toEqual(['key']);
    const taken = await app.gql(
      CREATE,
      { input: { ...base, key: 'unanswered-emails' } },
      RESPONDER,
    );
    expect(codeOf(taken)).toBe('CONFLICT');
    const { backlogs } = await app.gqlOk<{ backlogs: { key: string }[] }>(`{ backlogs { key } }`);
    expect(backlogs.map((backlog) => backlog.key)).toEqual(['unanswered-emails']);
  });

  it('forecasts the worked example: 3,500 e-mails, 5 × 20/h from Monday 08:00 clear Thursday 16:00', async () => {
    const app = use();
    await app.gqlOk(
      RECORD,
      {
        input: {
          backlogKey: 'unanswered-emails',
          open: 3500,
          at: MONDAY_8_BERLIN,
          idempotencyKey: 'mail-count-1',
        },
      },
      RESPONDER,
    );
    const { backlog } = await app.gqlOk<{
      backlog: { open: number; forecast: Record<string, unknown> & { projection: unknown[] } };
    }>(FORECAST, {
      key: 'unanswered-emails',
      asOf: MONDAY_8_BERLIN,
      deadline: '2026-11-26T15:00:00.000Z',
    });
    expect(backlog.open).toBe(3500);
    expect(backlog.forecast).toMatchObject({
      asOf: MONDAY_8_BERLIN,
      open: 3500,
      staff: 5,
      capacityPerHour: 100,
      arrivalRatePerHour: 0,
      arrivalRateSource: 'SETTING',
      clearsAt: '2026-11-26T15:00:00.000Z',
      notClearingReason: null,
      hoursToClear: 80,
      workingHoursToClear: 35,
      staffNeededByDeadline: 5,
      staffNeededByDeadlineUnreachableReason: null,
      staffToClearWithinWeek: 4,
      itemsMissingPromiseCount: 0,
    });
    expect(backlog.forecast.projection).toHaveLength(8);
    expect(backlog.forecast.projection[1]).toEqual({ at: '2026-11-23T16:00:00.000Z', open: 2600 });

    const whatIf = await app.gqlOk<{ backlog: { forecast: { clearsAt: string } } }>(FORECAST, {
      key: 'unanswered-emails',
      asOf: MONDAY_8_BERLIN,
      staff: 10,
    });
    expect(whatIf.backlog.forecast.clearsAt).toBe('2026-11-24T15:30:00.000Z');

    const pastDeadline = await app.gqlOk<{ backlog: { forecast: Record<string, unknown> } }>(
      FORECAST,
      { key: 'unanswered-emails', asOf: MONDAY_8_BERLIN, deadline: '2026-11-20T00:00:00.000Z' },
    );
    expect(pastDeadline.backlog.forecast).toMatchObject({
      staffNeededByDeadline: null,
      staffNeededByDeadlineUnreachableReason: 'DEADLINE_PASSED',
    });

    const farDeadline = await app.gql(FORECAST, {
      key: 'unanswered-emails',
      asOf: MONDAY_8_BERLIN,
      deadline: '2999-01-01T00:00:00.000Z',
    });
    expect(codeOf(farDeadline)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(farDeadline)).toEqual(['deadline']);
    const ancientAsOf = await app.gql(FORECAST, {
      key: 'unanswered-emails',
      asOf: '1900-01-01T00:00:00.000Z',
    });
    expect(fieldsOf(ancientAsOf)).toEqual(['asOf']);
  });

  it('records a snapshot once per idempotency key and refuses the key with another payload', async () => {
    const app = use();
    const input = {
      backlogKey: 'unanswered-emails',
      open: 3400,
      at: '2026-11-23T08:00:00.000Z',
      idempotencyKey: 'mail-count-2',
    };
    const first = await app.gqlOk<{ recordBacklogSnapshot: Record<string, unknown> }>(
      RECORD,
      {
        input,
      },
      RESPONDER,
    );
    const again = await app.gqlOk<{ recordBacklogSnapshot: Record<string, unknown> }>(
      RECORD,
      {
        input,
      },
      RESPONDER,
    );
    expect(first.recordBacklogSnapshot).toMatchObject({
      replayed: false,
      snapshot: { open: 3400 },
    });
    expect(again.recordBacklogSnapshot).toEqual({ ...first.recordBacklogSnapshot, replayed: true });
    expect(await snapshotCount(app, 'unanswered-emails')).toBe(2);

    const reused = await app.gql(RECORD, { input: { ...input, open: 12 } }, RESPONDER);
    expect(codeOf(reused)).toBe('CONFLICT');
    expect(fieldsOf(reused)).toEqual(['idempotencyKey']);
    expect(await snapshotCount(app, 'unanswered-emails')).toBe(2);
  });

  it('writes once when two retries of one report arrive at the same time', async () => {
    const app = use();
    const input = {
      backlogKey: 'unanswered-emails',
      open: 3390,
      at: '2026-11-23T08:30:00.000Z',
      idempotencyKey: 'mail-count-race',
    };
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        app.gqlOk<{ recordBacklogSnapshot: { replayed: boolean; snapshot: unknown } }>(
          RECORD,
          { input },
          RESPONDER,
        ),
      ),
    );
    const replays = results.map((result) => result.recordBacklogSnapshot.replayed).sort();
    expect(replays).toEqual([false, true, true]);
    expect(
      new Set(results.map((result) => JSON.stringify(result.recordBacklogSnapshot.snapshot))).size,
    ).toBe(1);
    expect(await snapshotCount(app, 'unanswered-emails')).toBe(3);
  });

  it('lets viewers read backlogs but not feed them, and nobody without a login', async () => {
    const app = use();
    const input = {
      backlogKey: 'unanswered-emails',
      open: 1,
      at: '2026-11-23T08:45:00.000Z',
      idempotencyKey: 'viewer-try',
    };
    const asViewer = await app.gql(RECORD, { input }, { as: 'VIEWER' });
    expect(codeOf(asViewer)).toBe('FORBIDDEN');
    const read = await app.gql(`{ backlogs { key open } }`, {}, { as: 'VIEWER' });
    expect(read.errors).toBeUndefined();
    const anonymous = await app.gql(`{ backlogs { key } }`, {}, { as: 'anonymous' });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(await snapshotCount(app, 'unanswered-emails')).toBe(3);
  });

  it('refuses negative counts, dates out of range and unknown backlogs, writing nothing', async () => {
    const app = use();
    const valid = {
      backlogKey: 'unanswered-emails',
      open: 10,
      at: '2026-11-23T09:00:00.000Z',
      idempotencyKey: 'bad-input',
    };
    const negative = await app.gql(RECORD, { input: { ...valid, open: -5 } }, RESPONDER);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(negative)).toContain('open');
    const farFuture = await app.gql(
      RECORD,
      {
        input: { ...valid, at: '3500-01-01T00:00:00.000Z' },
      },
      RESPONDER,
    );
    expect(codeOf(farFuture)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(farFuture)).toEqual(['at']);
    const notADate = await app.gql(
      RECORD,
      { input: { ...valid, at: '2026-13-45T99:00:00Z' } },
      RESPONDER,
    );
    expect(codeOf(notADate)).toBe('BAD_USER_INPUT');
    const wrongType = await app.gql(RECORD, { input: { ...valid, open: 'many' } }, RESPONDER);
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(
      RECORD,
      { input: { ...valid, backlogKey: 'no-such-backlog' } },
      RESPONDER,
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const doneBeforeReceived = await app.gql(
      UPSERT,
      {
        input: {
          backlogKey: 'unanswered-emails',
          idempotencyKey: 'bad-items',
          items: [
            {
              externalRef: 'mail-1',
              receivedAt: '2026-11-20T09:00:00.000Z',
              doneAt: '2026-11-19T09:00:00.000Z',
            },
          ],
        },
      },
      RESPONDER,
    );
    expect(codeOf(doneBeforeReceived)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(doneBeforeReceived)).toEqual(['items[0].doneAt']);
    expect(await snapshotCount(app, 'unanswered-emails')).toBe(3);
    const { backlog } = await app.gqlOk<{ backlog: { itemCount: number } }>(
      `{ backlog(key: "unanswered-emails") { itemCount } }`,
    );
    expect(backlog.itemCount).toBe(0);
  });

  it('sets capacity against the current version and refuses a stale one with CONFLICT', async () => {
    const app = use();
    const changed = await app.gqlOk<{ setBacklogCapacity: Record<string, unknown> }>(
      SET_CAPACITY,
      {
        input: { backlogKey: 'unanswered-emails', version: 1, staff: 8, itemsPerStaffHour: 25 },
      },
      RESPONDER,
    );
    expect(changed.setBacklogCapacity).toEqual({
      version: 2,
      capacity: { staff: 8, itemsPerStaffHour: 25, perHour: 200 },
      arrivalRatePerHour: 0,
    });
    const stale = await app.gql(
      SET_CAPACITY,
      {
        input: { backlogKey: 'unanswered-emails', version: 1, staff: 1, itemsPerStaffHour: 1 },
      },
      RESPONDER,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const estimated = await app.gqlOk<{ setBacklogCapacity: Record<string, unknown> }>(
      SET_CAPACITY,
      {
        input: {
          backlogKey: 'unanswered-emails',
          version: 2,
          staff: 5,
          itemsPerStaffHour: 20,
          arrivalRatePerHour: null,
        },
      },
    );
    expect(estimated.setBacklogCapacity).toMatchObject({ version: 3, arrivalRatePerHour: null });
    const audit = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `{ auditLog(entity: "Backlog", id: "unanswered-emails") { action } }`,
    );
    expect(audit.auditLog.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['createBacklog', 'recordBacklogSnapshot', 'setBacklogCapacity']),
    );
  });

  it('upserts 10,000 items in one call, idempotently, and counts open items', async () => {
    const app = use();
    await app.gqlOk(
      CREATE,
      {
        input: {
          key: 'orders-to-reconstruct',
          name: 'Orders to reconstruct',
          unit: 'order',
          promiseHours: 48,
          staff: 4,
          itemsPerStaffHour: 10,
        },
      },
      RESPONDER,
    );
    const received = Date.parse('2026-11-20T06:00:00.000Z');
    const items = Array.from({ length: 10_000 }, (_, index) => ({
      externalRef: `order-${String(index).padStart(5, '0')}`,
      receivedAt: new Date(received + index * 1000).toISOString(),
    }));
    const input = { backlogKey: 'orders-to-reconstruct', items, idempotencyKey: 'import-1' };
    const started = Date.now();
    const first = await app.gqlOk<{ upsertBacklogItems: Record<string, unknown> }>(
      UPSERT,
      {
        input,
      },
      RESPONDER,
    );
    const elapsed = Date.now() - started;
    expect(first.upsertBacklogItems).toEqual({
      received: 10_000,
      inserted: 10_000,
      updated: 0,
      unchanged: 0,
      replayed: false,
      backlog: { open: 10_000, itemCount: 10_000 },
    });
    expect(elapsed).toBeLessThan(30_000);

    const retry = await app.gqlOk<{ upsertBacklogItems: Record<string, unknown> }>(
      UPSERT,
      {
        input,
      },
      RESPONDER,
    );
    expect(retry.upsertBacklogItems).toEqual({ ...first.upsertBacklogItems, replayed: true });

    const reused = await app.gql(UPSERT, { input: { ...input, items: items.slice(1) } }, RESPONDER);
    expect(codeOf(reused)).toBe('CONFLICT');

    // The next export marks the first 4,000 done and brings 10 new orders.
    const done = items
      .slice(0, 4000)
      .map((item) => ({ ...item, doneAt: '2026-11-23T10:00:00.000Z' }));
    const fresh = Array.from({ length: 10 }, (_, index) => ({
      externalRef: `order-new-${index}`,
      receivedAt: '2026-11-23T09:00:00.000Z',
    }));
    const second = await app.gqlOk<{ upsertBacklogItems: Record<string, unknown> }>(
      UPSERT,
      {
        input: {
          backlogKey: 'orders-to-reconstruct',
          items: [...done, ...items.slice(4000, 5000), ...fresh],
          idempotencyKey: 'import-2',
        },
      },
      RESPONDER,
    );
    expect(second.upsertBacklogItems).toMatchObject({
      received: 5010,
      inserted: 10,
      updated: 4000,
      unchanged: 1000,
      backlog: { open: 6010, itemCount: 10_010 },
    });

    // 6,010 open at 40/h is 150 working hours; every item's 48-hour promise has run out or will.
    const { backlog } = await app.gqlOk<{ backlog: { forecast: Record<string, unknown> } }>(
      FORECAST,
      {
        key: 'orders-to-reconstruct',
        asOf: '2026-11-23T11:00:00.000Z',
      },
    );
    expect(backlog.forecast).toMatchObject({
      open: 6010,
      arrivalRateSource: 'ITEMS',
      itemsMissingPromiseCount: 6010,
    });
    expect(backlog.forecast['itemsMissingPromise']).toEqual([
      expect.objectContaining({ externalRef: 'order-04000', overdue: true }),
      expect.objectContaining({ externalRef: 'order-04001', overdue: true }),
      expect.objectContaining({ externalRef: 'order-04002', overdue: true }),
    ]);
  });

  it('accepts a backlog as is, against the current version', async () => {
    const app = use();
    const accepted = await app.gqlOk<{ acceptBacklog: Record<string, unknown> }>(
      ACCEPT,
      {
        input: { backlogKey: 'orders-to-reconstruct', version: 1 },
      },
      RESPONDER,
    );
    expect(accepted.acceptBacklog).toEqual({ accepted: true, version: 2 });
    const stale = await app.gql(
      ACCEPT,
      {
        input: { backlogKey: 'orders-to-reconstruct', version: 1 },
      },
      RESPONDER,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('links a backlog to the incident that caused it and lists it on the incident', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation { declareIncident(input: { title: "Main server failed", severity: SEV1 }) { id } }`,
    );
    await app.gqlOk(
      CREATE,
      {
        input: {
          key: 'parcels-not-shipped',
          name: 'Parcels not shipped',
          unit: 'parcel',
          incidentId: declareIncident.id,
        },
      },
      RESPONDER,
    );
    const { incident } = await app.gqlOk<{
      incident: { backlogs: { key: string; incidentId: string }[] };
    }>(`query($id: ID!) { incident(id: $id) { backlogs { key incidentId } } }`, {
      id: declareIncident.id,
    });
    expect(incident.backlogs).toEqual([
      { key: 'parcels-not-shipped', incidentId: declareIncident.id },
    ]);
    const unknown = await app.gql(
      CREATE,
      {
        input: {
          key: 'orphan',
          name: 'Orphan',
          unit: 'item',
          incidentId: '00000000-0000-4000-8000-000000000000',
        },
      },
      RESPONDER,
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(unknown)).toEqual(['incidentId']);
  });

  it('resolves a list of backlogs with open counts, snapshots and forecasts in constant statements', async () => {
    const app = use();
    const LIST = `{ backlogs { key open itemCount snapshots(since: "2026-11-01T00:00:00Z") { open }
      forecast(asOf: "${MONDAY_8_BERLIN}") { clearsAt projection { open } } } }`;
    app.queries.reset();
    await app.gqlOk(LIST);
    const withTwo = app.queries.statements;
    for (const index of [1, 2, 3, 4]) {
      const key = `call-backs-${index}`;
      await app.gqlOk(
        CREATE,
        {
          input: { key, name: `Call-backs ${index}`, unit: 'call', staff: 1, itemsPerStaffHour: 6 },
        },
        RESPONDER,
      );
      await app.gqlOk(
        RECORD,
        {
          input: { backlogKey: key, open: 30 * index, at: MONDAY_8_BERLIN, idempotencyKey: key },
        },
        RESPONDER,
      );
    }
    app.queries.reset();
    const { backlogs } = await app.gqlOk<{ backlogs: { open: number }[] }>(LIST);
    expect(backlogs).toHaveLength(7);
    expect(app.queries.statements).toBe(withTwo);
  });
});

describeEachDatabase('"will miss" is unknown for a backlog with counts only', (use) => {
  it('answers null, not 0, where nothing is known about due times, and counts it apart from promises already missed', async () => {
    const app = use();
    await app.gqlOk(
      CREATE,
      { input: { key: 'calls', name: 'Call-backs', unit: 'calls', promiseHours: 24 } },
      RESPONDER,
    );
    await app.gqlOk(
      RECORD,
      {
        input: {
          backlogKey: 'calls',
          open: 3512,
          at: new Date(Date.now() - 3_600_000).toISOString(),
          idempotencyKey: 'calls-1',
        },
      },
      RESPONDER,
    );
    const data = await app.gqlOk<{
      backlog: { forecast: { itemsWillMissPromiseCount: number | null } };
      overview: {
        promisesMissed: { total: number };
        backlogs: {
          itemsWillMissPromise: number;
          itemsWillMissPromiseUnknownBacklogs: number;
          backlogs: { backlog: { key: string }; itemsWillMissPromise: number | null }[];
        };
      };
    }>(`{
      backlog(key: "calls") { forecast { itemsWillMissPromiseCount } }
      overview {
        promisesMissed { total }
        backlogs {
          itemsWillMissPromise itemsWillMissPromiseUnknownBacklogs
          backlogs { backlog { key } itemsWillMissPromise }
        }
      }
    }`);
    expect(data.backlog.forecast.itemsWillMissPromiseCount).toBeNull();
    const entry = data.overview.backlogs.backlogs.find((line) => line.backlog.key === 'calls');
    expect(entry?.itemsWillMissPromise).toBeNull();
    expect(data.overview.backlogs.itemsWillMissPromiseUnknownBacklogs).toBe(1);
    expect(data.overview.backlogs.itemsWillMissPromise).toBe(0);
  });
});
