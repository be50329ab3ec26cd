import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * Continuation plans: fallback procedures per service, written by admins before the outage and
 * activated by responders during one. An activation goes on the incident's timeline, its people
 * join the backlog's forecast and it shows on the overview; ending it takes them out again.
 */

const PLAN_FIELDS = `id serviceKey title owner steps needs addsCapacity { backlogKey staff } version`;
const CREATE = `mutation C($input: CreateContinuationPlanInput!) {
  createContinuationPlan(input: $input) { ${PLAN_FIELDS} }
}`;
const UPDATE = `mutation U($input: UpdateContinuationPlanInput!) {
  updateContinuationPlan(input: $input) { ${PLAN_FIELDS} }
}`;
const DELETE = `mutation D($input: DeleteContinuationPlanInput!) { deleteContinuationPlan(input: $input) }`;
const PLANS = `query P($serviceKey: String) { continuationPlans(serviceKey: $serviceKey) { ${PLAN_FIELDS} } }`;
const ACTIVATION_FIELDS = `id planId incidentId title addsCapacity { backlogKey staff } activatedAt activatedBy endedAt`;
const ACTIVATE = `mutation A($input: ActivateContinuationPlanInput!) {
  activateContinuationPlan(input: $input) { ${ACTIVATION_FIELDS} }
}`;
const END = `mutation E($input: EndContinuationPlanInput!) {
  endContinuationPlan(input: $input) { ${ACTIVATION_FIELDS} }
}`;
const INCIDENT = `query I($id: ID!) {
  incident(id: $id) {
    status version
    activeContinuationPlans { id title }
    timeline { body visibility }
  }
}`;
const FORECAST = `query F($key: String!, $staff: Float) {
  backlog(key: $key) {
    forecast { staff continuationPlanStaff clearsAt }
    whatIf: forecast(staff: $staff) { staff continuationPlanStaff clearsAt }
  }
}`;
const OVERVIEW = `{ overview { activeIncidents { incident { id } activePlans { title addsCapacity { staff } } } } }`;

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

interface Forecast {
  staff: number;
  continuationPlanStaff: number;
  clearsAt: string | null;
}

const portalPlan = {
  serviceKey: 'carrier-labels',
  title: "Labels through the carrier's web portal",
  owner: 'Shipping lead',
  steps: ['Log in to the carrier portal', 'Enter each parcel', 'Print the labels'],
  needs: ['carrier portal login', 'label printer'],
  addsCapacity: { backlogKey: 'delayed-parcels', staff: 4 },
};

async function declare(app: TestApp, title: string): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV1', startedAt: hoursAgo(3) } },
  );
  return declareIncident.id;
}

async function forecastOf(app: TestApp, staff: number | null = null) {
  const { backlog } = await app.gqlOk<{ backlog: { forecast: Forecast; whatIf: Forecast } }>(
    FORECAST,
    { key: 'delayed-parcels', staff },
  );
  return backlog;
}

describeEachDatabase('continuation plans', (use) => {
  let incidentId = '';
  let planId = '';
  let activationId = '';
  let before: Forecast;

  beforeAll(async () => {
    const app = use();
    await app.gqlOk(
      `mutation S($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      {
        input: {
          key: 'carrier-labels',
          name: 'Carrier label software',
          tier: 1,
          rtoMinutes: 240,
          rpoMinutes: 60,
          dependsOn: [],
        },
      },
    );
    incidentId = await declare(app, 'Carrier label software down');
    await app.gqlOk(
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: 'delayed-parcels',
          name: 'Delayed parcels',
          unit: 'parcel',
          staff: 1,
          itemsPerStaffHour: 20,
          arrivalRatePerHour: 0,
          incidentId,
        },
      },
    );
    await app.gqlOk(
      `mutation R($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
      {
        input: {
          backlogKey: 'delayed-parcels',
          open: 3000,
          at: hoursAgo(1),
          idempotencyKey: 'parcels-1',
        },
      },
    );
    before = (await forecastOf(app)).forecast;
  });

  it('keeps a plan an admin writes, and viewers read it by service', async () => {
    const app = use();
    const { createContinuationPlan: plan } = await app.gqlOk<{
      createContinuationPlan: { id: string; version: number; title: string };
    }>(CREATE, { input: { ...portalPlan, title: `  ${portalPlan.title} ` } });
    planId = plan.id;
    expect(plan).toMatchObject({ version: 1, title: portalPlan.title });

    const { continuationPlans } = await app.gqlOk<{ continuationPlans: unknown[] }>(
      PLANS,
      { serviceKey: 'carrier-labels' },
      { as: 'VIEWER' },
    );
    expect(continuationPlans).toEqual([expect.objectContaining({ ...portalPlan, id: planId })]);
    const none = await app.gqlOk<{ continuationPlans: unknown[] }>(PLANS, {
      serviceKey: 'web-shop',
    });
    expect(none.continuationPlans).toEqual([]);
  });

  it('refuses a bad plan with codes by field, and changes nothing', async () => {
    const app = use();
    const refused = await app.gql(CREATE, {
      input: {
        ...portalPlan,
        title: ' ',
        steps: [],
        addsCapacity: { backlogKey: 'delayed-parcels', staff: 0 },
      },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'title', code: 'REQUIRED' }),
      expect.objectContaining({ field: 'steps', code: 'REQUIRED' }),
      expect.objectContaining({ field: 'addsCapacity.staff', code: 'NUMBER_RANGE' }),
    ]);
    const unknownService = await app.gql(CREATE, {
      input: { ...portalPlan, serviceKey: 'no-such-service' },
    });
    expect(unknownService.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { continuationPlans } = await app.gqlOk<{ continuationPlans: unknown[] }>(PLANS, {});
    expect(continuationPlans).toHaveLength(1);
  });

  it('lets only admins write plans, and refuses an edit based on a stale version', async () => {
    const app = use();
    const asResponder = await app.gql(CREATE, { input: portalPlan }, { as: 'RESPONDER' });
    expect(asResponder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { updateContinuationPlan } = await app.gqlOk<{
      updateContinuationPlan: { version: number; owner: string };
    }>(UPDATE, { input: { ...portalPlan, id: planId, version: 1, owner: 'Anna (shipping)' } });
    expect(updateContinuationPlan).toMatchObject({ version: 2, owner: 'Anna (shipping)' });

    const stale = await app.gql(UPDATE, {
      input: { ...portalPlan, id: planId, version: 1, owner: 'overwritten' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const staleDelete = await app.gql(DELETE, { input: { id: planId, version: 1 } });
    expect(staleDelete.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { continuationPlans } = await app.gqlOk<{
      continuationPlans: { owner: string; version: number }[];
    }>(PLANS, {});
    expect(continuationPlans[0]).toMatchObject({ owner: 'Anna (shipping)', version: 2 });
  });

  it('activates a plan: an internal timeline entry, the forecast clears earlier, the overview shows it', async () => {
    const app = use();
    const viewer = await app.gql(
      ACTIVATE,
      { input: { planId, incidentId, idempotencyKey: 'activate-1' } },
      { as: 'VIEWER' },
    );
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { activateContinuationPlan: activation } = await app.gqlOk<{
      activateContinuationPlan: { id: string; title: string; endedAt: string | null };
    }>(
      ACTIVATE,
      { input: { planId, incidentId, idempotencyKey: 'activate-1' } },
      {
        as: 'RESPONDER',
      },
    );
    activationId = activation.id;
    expect(activation).toMatchObject({ title: portalPlan.title, endedAt: null });

    // A retry with the same key replays; a second activation while it runs is refused.
    const retry = await app.gqlOk<{ activateContinuationPlan: { id: string } }>(ACTIVATE, {
      input: { planId, incidentId, idempotencyKey: 'activate-1' },
    });
    expect(retry.activateContinuationPlan.id).toBe(activationId);
    const twice = await app.gql(ACTIVATE, {
      input: { planId, incidentId, idempotencyKey: 'activate-2' },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ code: 'ALREADY_ACTIVE' }),
    ]);

    const { incident } = await app.gqlOk<{
      incident: {
        activeContinuationPlans: { id: string }[];
        timeline: { body: string; visibility: string }[];
      };
    }>(INCIDENT, { id: incidentId });
    expect(incident.activeContinuationPlans).toEqual([
      { id: activationId, title: portalPlan.title },
    ]);
    const entries = incident.timeline.filter((update) => update.body.includes(portalPlan.title));
    expect(entries).toEqual([
      { body: expect.stringContaining('activated'), visibility: 'INTERNAL' },
    ]);

    const after = await forecastOf(app, 1);
    expect(before).toMatchObject({ staff: 1, continuationPlanStaff: 0 });
    expect(after.forecast).toMatchObject({ staff: 5, continuationPlanStaff: 4 });
    expect(Date.parse(after.forecast.clearsAt as string)).toBeLessThan(
      Date.parse(before.clearsAt as string),
    );
    // The what-if's count stands for the backlog's own people; the plan's still add.
    expect(after.whatIf).toEqual(after.forecast);

    const { overview } = await app.gqlOk<{
      overview: {
        activeIncidents: { incident: { id: string }; activePlans: { title: string }[] }[];
      };
    }>(OVERVIEW);
    const line = overview.activeIncidents.find((active) => active.incident.id === incidentId);
    expect(line?.activePlans).toEqual([{ title: portalPlan.title, addsCapacity: { staff: 4 } }]);
  });

  it('ends a plan: a timeline entry, the forecast moves back, and it ends only once', async () => {
    const app = use();
    const { endContinuationPlan } = await app.gqlOk<{
      endContinuationPlan: { endedAt: string | null };
    }>(END, { input: { activationId } }, { as: 'RESPONDER' });
    expect(endContinuationPlan.endedAt).not.toBeNull();
    const again = await app.gql(END, { input: { activationId } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { forecast } = await forecastOf(app);
    expect(forecast).toMatchObject({ staff: 1, continuationPlanStaff: 0 });
    expect(Date.parse(forecast.clearsAt as string)).toBeGreaterThan(Date.now());
    // The same open count, the same staff: the same clear time as before the plan.
    expect(
      Math.abs(Date.parse(forecast.clearsAt as string) - Date.parse(before.clearsAt as string)),
    ).toBeLessThan(5 * 60_000);

    const { incident } = await app.gqlOk<{
      incident: { activeContinuationPlans: unknown[]; timeline: { body: string }[] };
    }>(INCIDENT, { id: incidentId });
    expect(incident.activeContinuationPlans).toEqual([]);
    expect(incident.timeline.some((update) => update.body.includes('ended'))).toBe(true);
  });

  it('refuses to activate a plan for a resolved incident', async () => {
    const app = use();
    const { incident } = await app.gqlOk<{ incident: { version: number } }>(INCIDENT, {
      id: incidentId,
    });
    await app.gqlOk(
      `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { status } }`,
      { input: { id: incidentId, version: incident.version } },
    );
    const refused = await app.gql(ACTIVATE, {
      input: { planId, incidentId, idempotencyKey: 'after-resolution' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ code: 'INCIDENT_RESOLVED' }),
    ]);
  });

  it('deletes a plan at its version and keeps the activations on record, audited', async () => {
    const app = use();
    const { deleteContinuationPlan } = await app.gqlOk<{ deleteContinuationPlan: string }>(DELETE, {
      input: { id: planId, version: 2 },
    });
    expect(deleteContinuationPlan).toBe(planId);
    const { continuationPlans } = await app.gqlOk<{ continuationPlans: unknown[] }>(PLANS, {});
    expect(continuationPlans).toEqual([]);
    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `{ auditLog { action } }`,
    );
    expect(auditLog.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'createContinuationPlan',
        'updateContinuationPlan',
        'activateContinuationPlan',
        'endContinuationPlan',
        'deleteContinuationPlan',
      ]),
    );
  });
});
