import { describeEachDatabase } from './support/test-app';

/** Issue 11: the message templates speak for the organisation the admins set up. */
describeEachDatabase('messages drafted from the built-in templates', (use) => {
  it('are signed with the organisation and link its public status page', async () => {
    const app = use();
    const { settings } = await app.gqlOk<{ settings: { version: number } }>(
      '{ settings { version } }',
    );
    await app.gqlOk(
      `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`,
      {
        input: {
          version: settings.version,
          organisationName: 'Versandhaus Muster',
          publicUrl: 'https://status.muster.example',
        },
      },
    );
    await app.gqlOk(
      `mutation { createService(input: { key: "shop", name: "Shop", tier: 1, rtoMinutes: 240, rpoMinutes: 60 }) { key } }`,
    );
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Server down',
          severity: 'SEV1',
          startedAt: '2026-11-20T09:00:00.000Z',
          impacts: [{ serviceKey: 'shop', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    const { draftCommunication } = await app.gqlOk<{ draftCommunication: { body: string } }>(
      `mutation M($input: DraftCommunicationInput!) { draftCommunication(input: $input) { body } }`,
      {
        input: {
          incidentId: declareIncident.id,
          channel: 'EMAIL',
          audience: 'PUBLIC',
          locale: 'de',
        },
      },
    );
    expect(draftCommunication.body).toContain('Versandhaus Muster');
    expect(draftCommunication.body).toContain('https://status.muster.example/status');
  });
});
