import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * "Customers were told" has one meaning everywhere: a published word that was not taken back.
 * Publish a status-page message, retract it, resolve the incident: the incident's metrics, its
 * debt, the overview's business recovery and the public page must all say nobody was told.
 */

const MESSAGE_BODY_MARK = 'We are working on it';

interface IncidentView {
  id: string;
  ref: string;
  version: number;
  communicationDebt: { lastPublicUpdateAt: string | null };
  metrics: { timeToFirstPublicUpdateMinutes: number | null };
}

const INCIDENT = `query I($id: ID!) {
  incident(id: $id) {
    id ref version
    communicationDebt { lastPublicUpdateAt }
    metrics { timeToFirstPublicUpdateMinutes }
  }
}`;

const OVERVIEW = `{ overview { notBusinessRecovered { incident { ref } gaps { code } } } }`;
const STATUS_PAGE = `{ statusPage {
  activeIncidents { ref updates { body } }
  recentIncidents { ref updates { body } }
} }`;

async function incident(app: TestApp, id: string): Promise<IncidentView> {
  return (await app.gqlOk<{ incident: IncidentView }>(INCIDENT, { id })).incident;
}

async function publishStatusPageMessage(app: TestApp, incidentId: string): Promise<string> {
  const { draftCommunication } = await app.gqlOk<{
    draftCommunication: { id: string };
  }>(`mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id } }`, {
    input: {
      incidentId,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'en',
      template: { subject: 'Disruption', body: `${MESSAGE_BODY_MARK}.` },
    },
  });
  const transition = (name: string, input: Record<string, unknown>) =>
    app.gqlOk(
      `mutation T($input: ${name === 'publishCommunication' ? 'PublishCommunicationInput' : 'CommunicationTransitionInput'}!) { ${name}(input: $input) { id } }`,
      { input },
    );
  await transition('approveCommunication', { id: draftCommunication.id, version: 1 });
  await transition('publishCommunication', { id: draftCommunication.id, version: 2 });
  return draftCommunication.id;
}

describeEachDatabase('a retracted message does not count as customers told', (use) => {
  it('debt, metrics, business recovery and the public page agree after a retraction', async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'web-shop', name: 'Web shop', tier: 1, rtoMinutes: 240, rpoMinutes: 60 } },
    );
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Server failure',
          severity: 'SEV2',
          startedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
          impacts: [{ serviceKey: 'web-shop', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    const id = declareIncident.id;
    const messageId = await publishStatusPageMessage(app, id);

    const told = await incident(app, id);
    expect(told.metrics.timeToFirstPublicUpdateMinutes).not.toBeNull();
    expect(told.communicationDebt.lastPublicUpdateAt).not.toBeNull();

    await app.gqlOk(
      `mutation R($input: CommunicationTransitionInput!) { retractCommunication(input: $input) { id } }`,
      { input: { id: messageId, version: 3 } },
    );
    const current = await incident(app, id);
    await app.gqlOk(
      `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { id } }`,
      { input: { id, version: current.version, body: 'Server replaced.' } },
    );

    const after = await incident(app, id);
    expect(after.metrics.timeToFirstPublicUpdateMinutes).toBeNull();
    expect(after.communicationDebt.lastPublicUpdateAt).toBeNull();

    const { overview } = await app.gqlOk<{
      overview: { notBusinessRecovered: { incident: { ref: string }; gaps: { code: string }[] }[] };
    }>(OVERVIEW);
    expect(overview.notBusinessRecovered).toEqual([
      { incident: { ref: after.ref }, gaps: [{ code: 'CUSTOMERS_NOT_TOLD' }] },
    ]);

    const { statusPage } = await app.gqlOk<{
      statusPage: {
        activeIncidents: { ref: string; updates: { body: string }[] }[];
        recentIncidents: { ref: string; updates: { body: string }[] }[];
      };
    }>(STATUS_PAGE, {}, { as: 'anonymous' });
    const shown = [...statusPage.activeIncidents, ...statusPage.recentIncidents];
    expect(JSON.stringify(shown)).not.toContain(MESSAGE_BODY_MARK);
  });
});
