import { describeEachDatabase, type TestApp } from './support/test-app';

const COMMUNICATION_FIELDS = `id incidentId channel audience locale templateKind subject body status version
  createdBy approvedAt approvedBy publishedAt publishedBy retractedAt timelineUpdateId`;
const DEBT_FIELDS = `status exemption cadenceMinutes lastPublicUpdateAt nextUpdateDueAt overdueMinutes`;

const DRAFT = `mutation Draft($input: DraftCommunicationInput!) {
  draftCommunication(input: $input) { ${COMMUNICATION_FIELDS} }
}`;
const APPROVE = `mutation Approve($input: CommunicationTransitionInput!) {
  approveCommunication(input: $input) { ${COMMUNICATION_FIELDS} }
}`;
const PUBLISH = `mutation Publish($input: PublishCommunicationInput!) {
  publishCommunication(input: $input) { ${COMMUNICATION_FIELDS} }
}`;
const RETRACT = `mutation Retract($input: CommunicationTransitionInput!) {
  retractCommunication(input: $input) { ${COMMUNICATION_FIELDS} }
}`;
const INCIDENT = `query Incident($id: ID!) {
  incident(id: $id) {
    version
    communicationDebt { ${DEBT_FIELDS} }
    communications { id status }
    timeline { id body visibility nextUpdateAt }
    metrics {
      timeToDetectMinutes timeToFirstPublicUpdateMinutes longestSilenceMinutes promisesMissed
      backlogCurrentOpen backlogsClearAt
      services { serviceKey outcome rtoMinutes }
      backlogs { backlogKey currentOpen forecastClearsAt }
    }
  }
}`;

interface CommunicationView {
  id: string;
  channel: string;
  audience: string;
  locale: string;
  templateKind: string | null;
  subject: string;
  body: string;
  status: string;
  version: number;
  approvedBy: string | null;
  publishedAt: string | null;
  timelineUpdateId: string | null;
}

interface IncidentView {
  version: number;
  communicationDebt: {
    status: string;
    exemption: string | null;
    cadenceMinutes: number | null;
    lastPublicUpdateAt: string | null;
    nextUpdateDueAt: string | null;
    overdueMinutes: number;
  };
  communications: { id: string; status: string }[];
  timeline: { id: string; body: string; visibility: string; nextUpdateAt: string | null }[];
  metrics: {
    timeToDetectMinutes: number | null;
    timeToFirstPublicUpdateMinutes: number | null;
    longestSilenceMinutes: number;
    promisesMissed: number;
    backlogCurrentOpen: number;
    backlogsClearAt: string | null;
    services: { serviceKey: string; outcome: string; rtoMinutes: number | null }[];
    backlogs: { backlogKey: string; currentOpen: number; forecastClearsAt: string | null }[];
  };
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

async function incident(app: TestApp, id: string): Promise<IncidentView> {
  return (await app.gqlOk<{ incident: IncidentView }>(INCIDENT, { id })).incident;
}

async function draft(app: TestApp, input: Record<string, unknown>): Promise<CommunicationView> {
  return (
    await app.gqlOk<{ draftCommunication: CommunicationView }>(
      DRAFT,
      { input },
      { as: 'RESPONDER' },
    )
  ).draftCommunication;
}

describeEachDatabase('customer communication over GraphQL', (use) => {
  let incidentId = '';

  beforeAll(async () => {
    const app = use();
    const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
    await app.gqlOk(create, {
      input: {
        key: 'phone-system',
        name: 'Phone system',
        tier: 2,
        rtoMinutes: 240,
        rpoMinutes: 60,
      },
    });
    await app.gqlOk(create, {
      input: {
        key: 'e-mail-inbox',
        name: 'E-mail inbox',
        tier: 2,
        rtoMinutes: 480,
        rpoMinutes: 60,
      },
    });
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Server failure',
          // Messages for customers name the public title (here the same words).
          publicTitle: 'Server failure',
          summary: 'Internal: the RAID controller died.',
          severity: 'SEV1',
          startedAt: hoursAgo(5),
          detectedAt: hoursAgo(4.5),
          impacts: [
            { serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' },
            { serviceKey: 'e-mail-inbox', status: 'DEGRADED_PERFORMANCE' },
          ],
        },
      },
    );
    incidentId = declareIncident.id;
    await app.gqlOk(
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: 'unanswered-emails',
          name: 'Unanswered e-mails',
          unit: 'e-mail',
          incidentId,
          staff: 5,
          itemsPerStaffHour: 20,
          arrivalRatePerHour: 0,
        },
      },
    );
    await app.gqlOk(
      `mutation S($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { __typename } }`,
      {
        input: {
          backlogKey: 'unanswered-emails',
          open: 3500,
          at: hoursAgo(1),
          idempotencyKey: 's1',
        },
      },
    );
  });

  it('shows a silent customer-facing SEV1 in debt from its start', async () => {
    const { communicationDebt, metrics } = await incident(use(), incidentId);
    expect(communicationDebt).toMatchObject({
      status: 'OVERDUE',
      exemption: null,
      cadenceMinutes: 60,
      lastPublicUpdateAt: null,
    });
    expect(communicationDebt.overdueMinutes).toBeGreaterThanOrEqual(299);
    expect(metrics.timeToDetectMinutes).toBe(30);
    expect(metrics.timeToFirstPublicUpdateMinutes).toBeNull();
    expect(metrics.longestSilenceMinutes).toBeGreaterThanOrEqual(299);
    expect(metrics.services).toEqual([
      { serviceKey: 'phone-system', outcome: 'OPEN_RTO_BREACHED', rtoMinutes: 240 },
      { serviceKey: 'e-mail-inbox', outcome: 'OPEN_WITHIN_RTO', rtoMinutes: 480 },
    ]);
    expect(metrics.backlogs).toEqual([
      expect.objectContaining({ backlogKey: 'unanswered-emails', currentOpen: 3500 }),
    ]);
    expect(metrics.backlogsClearAt).not.toBeNull();
  });

  it('draft -> approve -> publish of a status-page message clears the debt', async () => {
    const app = use();
    const drafted = await draft(app, {
      incidentId,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'de',
    });
    expect(drafted).toMatchObject({
      status: 'DRAFT',
      templateKind: 'INITIAL',
      subject: 'Server failure',
      version: 1,
      publishedAt: null,
    });
    expect(drafted.body).toContain('Betroffen: Phone system und E-mail inbox');
    expect(drafted.body).toContain('Unanswered e-mails: erledigt bis');
    // The internal summary is written for the team and never reaches a customer text.
    expect(drafted.body).not.toContain('RAID');

    const approved = (
      await app.gqlOk<{ approveCommunication: CommunicationView }>(
        APPROVE,
        {
          input: { id: drafted.id, version: 1 },
        },
        { as: 'RESPONDER' },
      )
    ).approveCommunication;
    expect(approved).toMatchObject({ status: 'APPROVED', version: 2 });
    expect(approved.approvedBy).toEqual(expect.any(String));
    const before = await incident(app, incidentId);
    expect(before.communicationDebt.status).toBe('OVERDUE');

    const nextUpdateAt = new Date(Date.now() + 30 * 60_000).toISOString();
    const published = (
      await app.gqlOk<{ publishCommunication: CommunicationView }>(
        PUBLISH,
        {
          input: { id: drafted.id, version: 2, nextUpdateAt },
        },
        { as: 'RESPONDER' },
      )
    ).publishCommunication;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 3 });
    expect(published.timelineUpdateId).not.toBeNull();

    const after = await incident(app, incidentId);
    expect(after.version).toBe(before.version + 1);
    expect(after.communicationDebt).toMatchObject({ status: 'ON_TIME', overdueMinutes: 0 });
    expect(after.communicationDebt.lastPublicUpdateAt).not.toBeNull();
    // The promise of the next update (30 min) is earlier than the SEV1 cadence (60 min).
    expect(after.communicationDebt.nextUpdateDueAt).toBe(nextUpdateAt);
    const entry = after.timeline.find((update) => update.id === published.timelineUpdateId);
    expect(entry).toMatchObject({ visibility: 'PUBLIC', body: drafted.body, nextUpdateAt });
    expect(after.communications).toEqual([{ id: drafted.id, status: 'PUBLISHED' }]);
    expect(after.metrics.timeToFirstPublicUpdateMinutes).toBeGreaterThanOrEqual(299);
  });

  it('refuses illegal moves with CONFLICT and stale versions with CONFLICT, writing nothing', async () => {
    const app = use();
    const drafted = await draft(app, {
      incidentId,
      channel: 'EMAIL',
      audience: 'PUBLIC',
      locale: 'en',
      kind: 'UPDATE',
    });
    expect(drafted.subject).toBe('Update on the disruption: Server failure');

    const skipApproval = await app.gql(
      PUBLISH,
      { input: { id: drafted.id, version: 1 } },
      { as: 'RESPONDER' },
    );
    expect(skipApproval.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(skipApproval.errors?.[0]?.message).toContain('must be approved before it is published');

    await app.gqlOk(APPROVE, { input: { id: drafted.id, version: 1 } }, { as: 'RESPONDER' });
    const stale = await app.gql(
      APPROVE,
      { input: { id: drafted.id, version: 1 } },
      { as: 'RESPONDER' },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const twice = await app.gql(
      APPROVE,
      { input: { id: drafted.id, version: 2 } },
      { as: 'RESPONDER' },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const retracted = (
      await app.gqlOk<{ retractCommunication: CommunicationView }>(
        RETRACT,
        {
          input: { id: drafted.id, version: 2 },
        },
        { as: 'RESPONDER' },
      )
    ).retractCommunication;
    expect(retracted.status).toBe('RETRACTED');
    const afterRetract = await app.gql(
      PUBLISH,
      { input: { id: drafted.id, version: 3 } },
      { as: 'RESPONDER' },
    );
    expect(afterRetract.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const missing = await app.gql(
      APPROVE,
      {
        input: { id: '00000000-0000-0000-0000-000000000000', version: 1 },
      },
      { as: 'RESPONDER' },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad drafts with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const app = use();
    const before = (await incident(app, incidentId)).communications.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'STATUS_PAGE', audience: 'INTERNAL', locale: 'en' }, 'audience'],
      [{ channel: 'EMAIL', audience: 'PUBLIC', locale: 'fr' }, 'locale'],
      [
        {
          channel: 'EMAIL',
          audience: 'PUBLIC',
          locale: 'en',
          template: { subject: '{{title}}', body: 'Dear {{customerName}}' },
        },
        'body',
      ],
      [
        {
          channel: 'EMAIL',
          audience: 'PUBLIC',
          locale: 'en',
          template: { subject: '{{title}}', body: 'Back by {{expectedRecovery}}.' },
        },
        'body',
      ],
      [{ channel: 'EMAIL', audience: 'PUBLIC', locale: 'en', timeZone: 'Mars/Base' }, 'timeZone'],
    ];
    for (const [input, field] of cases) {
      const result = await app.gql(DRAFT, { input: { incidentId, ...input } }, { as: 'RESPONDER' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Enum values are refused by GraphQL itself (named in the message), the rest per field.
      const error = result.errors?.[0];
      const fields = error?.extensions?.issues?.map((issue) => issue.field) ?? [];
      expect(`${fields.join(',')} ${error?.message ?? ''}`).toContain(field);
    }
    const missingVariable = await app.gql(DRAFT, {
      input: {
        incidentId,
        channel: 'EMAIL',
        audience: 'PUBLIC',
        locale: 'en',
        template: { subject: '{{title}}', body: 'Back by {{expectedRecovery}}.' },
      },
    });
    expect(missingVariable.errors?.[0]?.message).toContain('"expectedRecovery"');
    const unknownIncident = await app.gql(DRAFT, {
      input: {
        incidentId: '00000000-0000-0000-0000-000000000000',
        channel: 'EMAIL',
        audience: 'PUBLIC',
        locale: 'en',
      },
    });
    expect(unknownIncident.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await incident(app, incidentId)).communications).toHaveLength(before);
  });

  it('renders a custom template with the facts it was given', async () => {
    const drafted = await draft(use(), {
      incidentId,
      channel: 'AUTO_REPLY',
      audience: 'AFFECTED_CUSTOMERS',
      locale: 'en',
      expectedRecoveryAt: '2030-01-07T08:00:00.000Z',
      template: {
        subject: 'Re: your message ({{ref}})',
        body: 'We are still here. Back by {{expectedRecovery}}.',
      },
    });
    expect(drafted).toMatchObject({
      templateKind: null,
      subject: 'Re: your message (INC-0001)',
      body: 'We are still here. Back by Monday 7 January, 09:00 CET.',
    });
  });

  it('reviews a period: incidents by severity, MTTR and RTO compliance', async () => {
    const app = use();
    const query = `query P($from: DateTime!, $to: DateTime!) {
      periodMetrics(from: $from, to: $to) {
        incidentCount countBySeverity { SEV1 SEV2 } resolvedCount meanTimeToResolveMinutes
        rtoJudgedCount rtoMetCount rtoComplianceShare
      }
    }`;
    const { periodMetrics } = await app.gqlOk<{ periodMetrics: Record<string, unknown> }>(
      query,
      { from: hoursAgo(24), to: hoursAgo(-1) },
      { as: 'VIEWER' },
    );
    // The phone system is down past its 4 h RTO; the inbox is still inside its 8 h RTO.
    expect(periodMetrics).toEqual({
      incidentCount: 1,
      countBySeverity: { SEV1: 1, SEV2: 0 },
      resolvedCount: 0,
      meanTimeToResolveMinutes: null,
      rtoJudgedCount: 1,
      rtoMetCount: 0,
      rtoComplianceShare: 0,
    });
    const backwards = await app.gql(query, { from: hoursAgo(1), to: hoursAgo(24) });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records every step in the audit log', async () => {
    const app = use();
    const { incident: view } = await app.gqlOk<{ incident: { communications: { id: string }[] } }>(
      `query I($id: ID!) { incident(id: $id) { communications { id } } }`,
      { id: incidentId },
    );
    const first = view.communications[0]?.id ?? '';
    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `query A($id: String) { auditLog(entity: "Communication", id: $id) { action } }`,
      { id: first },
    );
    expect(auditLog.map((entry) => entry.action)).toEqual([
      'publishCommunication',
      'approveCommunication',
      'draftCommunication',
    ]);
  });

  it('owes the word again once the only public message is retracted', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Phones down again',
          severity: 'SEV2',
          startedAt: hoursAgo(1),
          impacts: [{ serviceKey: 'phone-system', status: 'PARTIAL_OUTAGE' }],
        },
      },
    );
    const id = declareIncident.id;
    const drafted = await draft(app, {
      incidentId: id,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'en',
    });
    await app.gqlOk(APPROVE, { input: { id: drafted.id, version: 1 } }, { as: 'RESPONDER' });
    await app.gqlOk(PUBLISH, { input: { id: drafted.id, version: 2 } }, { as: 'RESPONDER' });
    expect((await incident(app, id)).communicationDebt.status).toBe('ON_TIME');

    await app.gqlOk(RETRACT, { input: { id: drafted.id, version: 3 } }, { as: 'RESPONDER' });
    const after = await incident(app, id);
    expect(after.communicationDebt).toMatchObject({ status: 'OVERDUE', lastPublicUpdateAt: null });
    expect(after.metrics.timeToFirstPublicUpdateMinutes).toBeNull();
  });
});
