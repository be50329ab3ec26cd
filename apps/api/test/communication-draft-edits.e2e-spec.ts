import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * Issue 14, item 8: a draft's text changes in place against the version it was opened with (no
 * retracted copy), and the internal timeline can tell which public entries a retraction took
 * back, so it agrees with the public page.
 */

const DRAFT = `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id version } }`;
const EDIT = `mutation E($input: EditCommunicationDraftInput!) {
  editCommunicationDraft(input: $input) { id version status subject body }
}`;
const MESSAGES = `query I($id: ID!) {
  incident(id: $id) {
    communications { id status subject }
    timeline { id body visibility }
    withdrawnTimelineEntryIds
  }
}`;

interface IncidentMessages {
  communications: { id: string; status: string; subject: string }[];
  timeline: { id: string; body: string; visibility: string }[];
  withdrawnTimelineEntryIds: string[];
}

let services = 0;

async function declare(app: TestApp): Promise<string> {
  const serviceKey = `web-shop-${++services}`;
  await app.gqlOk(
    `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
    { input: { key: serviceKey, name: 'Web shop', tier: 1, rtoMinutes: 240, rpoMinutes: 60 } },
  );
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    {
      input: {
        title: 'Server failure',
        severity: 'SEV2',
        impacts: [{ serviceKey, status: 'MAJOR_OUTAGE' }],
      },
    },
  );
  return declareIncident.id;
}

async function draft(app: TestApp, incidentId: string): Promise<{ id: string; version: number }> {
  const { draftCommunication } = await app.gqlOk<{
    draftCommunication: { id: string; version: number };
  }>(DRAFT, {
    input: {
      incidentId,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'en',
      template: { subject: 'Disruption', body: 'We are working on it.' },
    },
  });
  return draftCommunication;
}

async function messages(app: TestApp, id: string): Promise<IncidentMessages> {
  return (await app.gqlOk<{ incident: IncidentMessages }>(MESSAGES, { id })).incident;
}

describeEachDatabase('editing a message draft and retracted timeline entries', (use) => {
  it('changes a draft in place with the version it was opened with, leaving no retracted copy', async () => {
    const app = use();
    const incidentId = await declare(app);
    const message = await draft(app, incidentId);

    const { editCommunicationDraft } = await app.gqlOk<{
      editCommunicationDraft: { id: string; version: number; status: string; subject: string };
    }>(EDIT, {
      input: {
        id: message.id,
        version: message.version,
        subject: ' Late parcels ',
        body: 'One day.',
      },
    });
    expect(editCommunicationDraft).toEqual({
      id: message.id,
      version: message.version + 1,
      status: 'DRAFT',
      subject: 'Late parcels',
      body: 'One day.',
    });
    expect((await messages(app, incidentId)).communications).toEqual([
      { id: message.id, status: 'DRAFT', subject: 'Late parcels' },
    ]);

    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `query A($id: String) { auditLog(entity: "Communication", id: $id) { action } }`,
      { id: message.id },
    );
    expect(auditLog.map((entry) => entry.action).sort()).toEqual([
      'draftCommunication',
      'editCommunicationDraft',
    ]);
  });

  it('refuses an edit based on an outdated version (CONFLICT) and one of a message no longer a draft', async () => {
    const app = use();
    const incidentId = await declare(app);
    const message = await draft(app, incidentId);
    await app.gqlOk(EDIT, {
      input: { id: message.id, version: message.version, subject: 'First', body: 'First.' },
    });

    const stale = await app.gql(EDIT, {
      input: { id: message.id, version: message.version, subject: 'Second', body: 'Second.' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await app.gqlOk(
      `mutation A($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { id } }`,
      { input: { id: message.id, version: message.version + 1 } },
    );
    const approved = await app.gql(EDIT, {
      input: { id: message.id, version: message.version + 2, subject: 'Third', body: 'Third.' },
    });
    expect(approved.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await messages(app, incidentId)).communications).toEqual([
      { id: message.id, status: 'APPROVED', subject: 'First' },
    ]);
  });

  it('names the timeline entries a retraction took back', async () => {
    const app = use();
    const incidentId = await declare(app);
    const message = await draft(app, incidentId);
    const transition = (name: string, type: string, version: number) =>
      app.gqlOk(`mutation T($input: ${type}!) { ${name}(input: $input) { id } }`, {
        input: { id: message.id, version },
      });
    await transition('approveCommunication', 'CommunicationTransitionInput', 1);
    await transition('publishCommunication', 'PublishCommunicationInput', 2);

    const published = await messages(app, incidentId);
    const entry = published.timeline.find((update) => update.body === 'We are working on it.');
    expect(entry?.visibility).toBe('PUBLIC');
    expect(published.withdrawnTimelineEntryIds).toEqual([]);

    await transition('retractCommunication', 'CommunicationTransitionInput', 3);
    expect((await messages(app, incidentId)).withdrawnTimelineEntryIds).toEqual([entry?.id]);
  });
});
