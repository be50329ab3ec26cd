import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * After a disruption the shop reviews it: the numbers come from the incident's data (through the
 * same rules as its metrics), people add what went well and what did not, and follow-up actions.
 */

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const REVIEW = `query R($id: ID!) {
  incident(id: $id) {
    review {
      cadenceMinutes
      metrics { timeToDetectMinutes timeToFirstPublicUpdateMinutes services { serviceKey outcome minutesOverRto } }
      backlogs { backlogKey peakOpen forecastAtResolution clearedAt }
      findings { code params }
      wentWell wentBadly version
      actions { id title owner dueOn done version }
    }
  }
}`;

const MARKDOWN = `query M($id: ID!, $locale: CommunicationLocale!) { incident(id: $id) { reviewMarkdown(locale: $locale) } }`;
const UPDATE = `mutation U($input: UpdateIncidentReviewInput!) { updateIncidentReview(input: $input) { version wentWell } }`;
const ADD = `mutation A($input: AddReviewActionInput!) { addReviewAction(input: $input) { id title dueOn done version } }`;
const CHANGE = `mutation C($input: UpdateReviewActionInput!) { updateReviewAction(input: $input) { id done version } }`;

interface Review {
  cadenceMinutes: number | null;
  metrics: {
    timeToDetectMinutes: number;
    timeToFirstPublicUpdateMinutes: number;
    services: { serviceKey: string; outcome: string; minutesOverRto: number }[];
  };
  backlogs: { backlogKey: string; peakOpen: number; clearedAt: string | null }[];
  findings: { code: string; params: Record<string, unknown> }[];
  wentWell: string;
  wentBadly: string;
  version: number;
  actions: { id: string; title: string; done: boolean; version: number }[];
}

async function reviewOf(app: TestApp, id: string, as?: 'VIEWER'): Promise<Review | null> {
  const { incident } = await app.gqlOk<{ incident: { review: Review | null } }>(
    REVIEW,
    { id },
    as ? { as } : {},
  );
  return incident.review;
}

describeEachDatabase('the post-incident review', (use) => {
  let incidentId = '';

  beforeAll(async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      {
        input: {
          key: 'order-database',
          name: 'Order database',
          tier: 1,
          rtoMinutes: 60,
          rpoMinutes: 15,
        },
      },
    );
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Server failure',
          severity: 'SEV1',
          startedAt: hoursAgo(10),
          detectedAt: hoursAgo(9.5),
          impacts: [{ serviceKey: 'order-database', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    incidentId = declareIncident.id;
    await app.gqlOk(
      `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: 'orders',
          name: 'Orders to reconstruct',
          unit: 'order',
          incidentId,
          staff: 2,
          itemsPerStaffHour: 10,
        },
      },
    );
    for (const [hours, open] of [
      [8, 120],
      [1, 0],
    ] as const) {
      await app.gqlOk(
        `mutation S($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
        {
          input: { backlogKey: 'orders', at: hoursAgo(hours), open, idempotencyKey: `s-${hours}` },
        },
      );
    }
    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      {
        input: {
          incidentId,
          body: 'We are restoring the server.',
          visibility: 'PUBLIC',
          displayAt: hoursAgo(7),
        },
      },
    );
    await app.gqlOk(
      `mutation I($input: SetServiceImpactInput!) { setServiceImpact(input: $input) { id } }`,
      {
        input: { incidentId, serviceKey: 'order-database', status: 'OPERATIONAL', at: hoursAgo(2) },
      },
    );
  });

  it('is not there while the incident is open, and cannot be written then', async () => {
    const app = use();
    expect(await reviewOf(app, incidentId)).toBeNull();
    const refused = await app.gql(UPDATE, {
      input: { incidentId, version: 0, wentWell: 'x', wentBadly: '' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'incidentId', code: 'NOT_RESOLVED' }),
    ]);
  });

  it('is generated from the data once resolved: late first word, silence, RTO missed, backlog peak', async () => {
    const app = use();
    const { incident } = await app.gqlOk<{ incident: { version: number } }>(
      `query V($id: ID!) { incident(id: $id) { version } }`,
      { id: incidentId },
    );
    await app.gqlOk(
      `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { id } }`,
      { input: { id: incidentId, version: incident.version, at: hoursAgo(1.5) } },
    );
    const review = await reviewOf(app, incidentId, 'VIEWER');
    expect(review).not.toBeNull();
    expect(review?.cadenceMinutes).toBe(60);
    expect(review?.metrics.timeToDetectMinutes).toBe(30);
    expect(review?.metrics.timeToFirstPublicUpdateMinutes).toBe(180);
    expect(review?.metrics.services).toEqual([
      { serviceKey: 'order-database', outcome: 'RECOVERED_LATE', minutesOverRto: 420 },
    ]);
    // Cleared an hour ago, at the snapshot that recorded zero.
    expect(review?.backlogs).toEqual([
      expect.objectContaining({ backlogKey: 'orders', peakOpen: 120 }),
    ]);
    expect(review?.backlogs[0]?.clearedAt).not.toBeNull();
    const codes = review?.findings.map((finding) => finding.code);
    expect(codes).toEqual(['FIRST_WORD_LATE', 'SILENCE_OVER_CADENCE', 'RTO_MISSED']);
    expect(review?.findings[0]?.params).toEqual({ minutes: 180, cadenceMinutes: 60 });
    expect(review).toMatchObject({ wentWell: '', wentBadly: '', version: 0, actions: [] });
  });

  it('keeps what people write against the version they read, and refuses a stale save', async () => {
    const app = use();
    const first = await app.gqlOk<{ updateIncidentReview: { version: number } }>(UPDATE, {
      input: {
        incidentId,
        version: 0,
        wentWell: 'Everyone helped.',
        wentBadly: 'Nobody told customers.',
      },
    });
    expect(first.updateIncidentReview.version).toBe(1);
    const secondFirst = await app.gql(UPDATE, {
      input: { incidentId, version: 0, wentWell: 'Lost edit', wentBadly: '' },
    });
    expect(secondFirst.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stale = await app.gql(UPDATE, {
      input: { incidentId, version: 5, wentWell: 'Lost edit', wentBadly: '' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await reviewOf(app, incidentId)).toMatchObject({
      wentWell: 'Everyone helped.',
      wentBadly: 'Nobody told customers.',
      version: 1,
    });
    const viewer = await app.gql(
      UPDATE,
      { input: { incidentId, version: 1, wentWell: 'x', wentBadly: '' } },
      { as: 'VIEWER' },
    );
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tracks follow-up actions: added once per idempotency key, marked done against their version', async () => {
    const app = use();
    const input = {
      incidentId,
      title: 'Test the restore every month',
      owner: 'IT',
      dueOn: '2026-12-15',
      idempotencyKey: 'restore-test',
    };
    const { addReviewAction: added } = await app.gqlOk<{
      addReviewAction: { id: string; version: number };
    }>(ADD, { input });
    const { addReviewAction: again } = await app.gqlOk<{ addReviewAction: { id: string } }>(ADD, {
      input,
    });
    expect(again.id).toBe(added.id);

    const badDate = await app.gql(ADD, {
      input: { incidentId, title: 'Drill', dueOn: '2026-02-30' },
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { updateReviewAction } = await app.gqlOk<{
      updateReviewAction: { done: boolean; version: number };
    }>(CHANGE, { input: { id: added.id, version: added.version, done: true } });
    expect(updateReviewAction).toEqual({ id: added.id, done: true, version: 2 });
    const stale = await app.gql(CHANGE, { input: { id: added.id, version: 1, done: false } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const review = await reviewOf(app, incidentId);
    expect(review?.actions).toEqual([
      expect.objectContaining({ title: 'Test the restore every month', done: true, version: 2 }),
    ]);
  });

  it('writes the review as Markdown in German and English', async () => {
    const app = use();
    const read = async (locale: string) =>
      (
        await app.gqlOk<{ incident: { reviewMarkdown: string } }>(MARKDOWN, {
          id: incidentId,
          locale,
        })
      ).incident.reviewMarkdown;
    const english = await read('en');
    expect(english).toContain('# Post-incident review: ');
    expect(english).toContain('Order database came back 7 h after its RTO.');
    expect(english).toContain('| Test the restore every month | IT | 2026-12-15 | yes |');
    const german = await read('de');
    expect(german).toContain('## Was nicht gut lief\n\nNobody told customers.');
    expect(german).toContain('Das erste öffentliche Wort kam nach 3 Std.');
  });
});
