import { describeEachDatabase, type TestApp } from './support/test-app';

const HOUR = 3_600_000;

const OVERVIEW = `query O($asOf: DateTime) {
  overview(asOf: $asOf) {
    asOf
    activeIncidentCount
    activeIncidentsBySeverity { severity count }
    servicesNotOperational { serviceKey status since rtoPassed minutesLeft incidentIds }
    backlogs { totalOpen openBacklogCount clearsAt someNeverClear }
    overdueCommunications { incident { ref } }
    promisesMissed { total }
    notBusinessRecovered { incident { ref } missing gaps { code backlogKey open } }
  }
}`;

interface Overview {
  asOf: string;
  activeIncidentCount: number;
  activeIncidentsBySeverity: { severity: string; count: number }[];
  servicesNotOperational: {
    serviceKey: string;
    status: string;
    since: string;
    rtoPassed: boolean;
    minutesLeft: number;
    incidentIds: string[];
  }[];
  backlogs: {
    totalOpen: number;
    openBacklogCount: number;
    clearsAt: string | null;
    someNeverClear: boolean;
  };
  overdueCommunications: { incident: { ref: string } }[];
  promisesMissed: { total: number };
  notBusinessRecovered: {
    incident: { ref: string };
    missing: string[];
    gaps: { code: string; backlogKey: string | null; open: number | null }[];
  }[];
}

async function overviewAt(app: TestApp, asOf?: Date): Promise<Overview> {
  const { overview } = await app.gqlOk<{ overview: Overview }>(
    OVERVIEW,
    asOf ? { asOf: asOf.toISOString() } : {},
    { as: 'VIEWER' },
  );
  return overview;
}

describeEachDatabase('the management overview', (use) => {
  it('is empty and calm on an empty database', async () => {
    const overview = await overviewAt(use());
    expect(Math.abs(new Date(overview.asOf).getTime() - Date.now())).toBeLessThan(60_000);
    expect(overview).toMatchObject({
      activeIncidentCount: 0,
      servicesNotOperational: [],
      backlogs: { totalOpen: 0, openBacklogCount: 0, clearsAt: null, someNeverClear: false },
      overdueCommunications: [],
      promisesMissed: { total: 0 },
      notBusinessRecovered: [],
    });
    expect(overview.activeIncidentsBySeverity.map((entry) => entry.count)).toEqual([0, 0, 0, 0]);
  });

  it('is for signed-in people only', async () => {
    const result = await use().gql(OVERVIEW, {}, { as: 'anonymous' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a moment out of range with a coded error naming the field', async () => {
    const result = await use().gql(OVERVIEW, { asOf: '3500-01-01T00:00:00Z' }, { as: 'VIEWER' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('asOf');
  });

  it('follows an incident from outage to business recovery, and replays the past', async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      {
        input: {
          key: 'phone-system',
          name: 'Phone system',
          tier: 2,
          rtoMinutes: 480,
          rpoMinutes: 0,
        },
      },
    );
    const startedAt = new Date(Date.now() - 10 * HOUR);
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Phones down',
          severity: 'SEV2',
          startedAt: startedAt.toISOString(),
          detectedAt: startedAt.toISOString(),
          impacts: [{ serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' }],
        },
      },
      { as: 'RESPONDER' },
    );
    const id = declareIncident.id;
    await app.gqlOk(
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: 'call-backs',
          name: 'Call-backs',
          unit: 'call',
          incidentId: id,
          staff: 1,
          itemsPerStaffHour: 5,
          arrivalRatePerHour: 0,
        },
      },
      { as: 'RESPONDER' },
    );
    await app.gqlOk(
      `mutation S($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
      {
        input: {
          backlogKey: 'call-backs',
          open: 40,
          at: new Date(Date.now() - HOUR).toISOString(),
          idempotencyKey: 'calls-1',
        },
      },
      { as: 'RESPONDER' },
    );

    const during = await overviewAt(app);
    expect(during.activeIncidentCount).toBe(1);
    expect(during.activeIncidentsBySeverity[1]).toEqual({ severity: 'SEV2', count: 1 });
    expect(during.servicesNotOperational).toEqual([
      {
        serviceKey: 'phone-system',
        status: 'MAJOR_OUTAGE',
        since: startedAt.toISOString(),
        rtoPassed: true,
        minutesLeft: 0,
        incidentIds: [id],
      },
    ]);
    expect(during.overdueCommunications).toHaveLength(1);
    expect(during.backlogs).toMatchObject({ totalOpen: 40, openBacklogCount: 1 });
    expect(new Date(during.backlogs.clearsAt ?? 0).getTime()).toBeGreaterThan(Date.now());

    // Four hours in, the RTO of eight hours had four hours left and no call-back was waiting.
    const early = await overviewAt(app, new Date(startedAt.getTime() + 4 * HOUR));
    expect(early.servicesNotOperational[0]).toMatchObject({ rtoPassed: false, minutesLeft: 240 });
    expect(early.backlogs.totalOpen).toBe(0);
    // Before it started, nothing was wrong.
    expect((await overviewAt(app, new Date(startedAt.getTime() - HOUR))).activeIncidentCount).toBe(
      0,
    );

    const { incident } = await app.gqlOk<{ incident: { version: number } }>(
      `query V($id: ID!) { incident(id: $id) { version } }`,
      { id },
    );
    await app.gqlOk(
      `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { id } }`,
      { input: { id, version: incident.version } },
      { as: 'RESPONDER' },
    );
    const resolved = await overviewAt(app);
    expect(resolved.activeIncidentCount).toBe(0);
    expect(resolved.servicesNotOperational).toEqual([]);
    expect(resolved.notBusinessRecovered).toEqual([
      {
        incident: { ref: 'INC-0001' },
        missing: [
          'Call-backs still has 40 open items.',
          'The affected customers have not been told yet.',
        ],
        gaps: [
          { code: 'BACKLOG_OPEN', backlogKey: 'call-backs', open: 40 },
          { code: 'CUSTOMERS_NOT_TOLD', backlogKey: null, open: null },
        ],
      },
    ]);

    // The customers are told and what is left is accepted: the business is back.
    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      { input: { incidentId: id, body: 'Our phones work again.', visibility: 'PUBLIC' } },
      { as: 'RESPONDER' },
    );
    const { backlog } = await app.gqlOk<{ backlog: { version: number } }>(
      `{ backlog(key: "call-backs") { version } }`,
    );
    await app.gqlOk(
      `mutation A($input: AcceptBacklogInput!) { acceptBacklog(input: $input) { key } }`,
      { input: { backlogKey: 'call-backs', version: backlog.version } },
      { as: 'RESPONDER' },
    );
    const recovered = await overviewAt(app);
    expect(recovered.notBusinessRecovered).toEqual([]);
    expect(recovered.backlogs).toMatchObject({ totalOpen: 0, openBacklogCount: 0 });
  });

  it('lists a service set to an outage by hand, from when it was set', async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'newsletter', name: 'Newsletter', tier: 4, rtoMinutes: 60, rpoMinutes: 0 } },
    );
    const { updateService } = await app.gqlOk<{ updateService: { updatedAt: string } }>(
      `mutation U($input: UpdateServiceInput!) { updateService(input: $input) { updatedAt } }`,
      { input: { key: 'newsletter', version: 1, status: 'UNDER_MAINTENANCE' } },
    );
    const overview = await overviewAt(app);
    expect(overview.servicesNotOperational.find((o) => o.serviceKey === 'newsletter')).toEqual({
      serviceKey: 'newsletter',
      status: 'UNDER_MAINTENANCE',
      since: updateService.updatedAt,
      rtoPassed: false,
      minutesLeft: expect.any(Number) as number,
      incidentIds: [],
    });
  });
});
