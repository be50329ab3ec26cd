import { describeEachDatabase, type TestApp } from './support/test-app';

/** Issue 14: an optional four-eyes rule — who drafted a message may not approve it as well. */

const DRAFT = `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id version } }`;
const EDIT = `mutation E($input: EditCommunicationDraftInput!) { editCommunicationDraft(input: $input) { id version } }`;
const APPROVE = `mutation A($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { status version approvedBy } }`;
const SETTINGS = `{ settings { version fourEyesApproval } }`;
const UPDATE_SETTINGS = `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version fourEyesApproval } }`;

let incidents = 0;

async function draftAs(app: TestApp): Promise<{ id: string; version: number }> {
  const serviceKey = `shop-${++incidents}`;
  await app.gqlOk(
    `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
    { input: { key: serviceKey, name: 'Shop', tier: 1, rtoMinutes: 240, rpoMinutes: 60 } },
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
    { as: 'RESPONDER' },
  );
  const { draftCommunication } = await app.gqlOk<{
    draftCommunication: { id: string; version: number };
  }>(
    DRAFT,
    {
      input: {
        incidentId: declareIncident.id,
        channel: 'STATUS_PAGE',
        audience: 'PUBLIC',
        locale: 'en',
        template: { subject: 'Disruption', body: 'We are working on it.' },
      },
    },
    { as: 'RESPONDER' },
  );
  return draftCommunication;
}

async function setFourEyes(app: TestApp, on: boolean): Promise<void> {
  const { settings } = await app.gqlOk<{ settings: { version: number } }>(SETTINGS);
  await app.gqlOk(UPDATE_SETTINGS, { input: { version: settings.version, fourEyesApproval: on } });
}

describeEachDatabase('the four-eyes rule for messages', (use) => {
  it('is off by default: the drafter may approve', async () => {
    const app = use();
    expect(
      (await app.gqlOk<{ settings: { fourEyesApproval: boolean } }>(SETTINGS)).settings
        .fourEyesApproval,
    ).toBe(false);
    const message = await draftAs(app);
    const { approveCommunication } = await app.gqlOk<{ approveCommunication: { status: string } }>(
      APPROVE,
      { input: message },
      { as: 'RESPONDER' },
    );
    expect(approveCommunication.status).toBe('APPROVED');
  });

  it('refuses the drafter and the last editor when on, changing nothing, and lets another approve', async () => {
    const app = use();
    await setFourEyes(app, true);
    try {
      const message = await draftAs(app);
      const refused = await app.gql(APPROVE, { input: message }, { as: 'RESPONDER' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.extensions?.issues).toEqual([
        expect.objectContaining({ field: 'status', code: 'FOUR_EYES' }),
      ]);

      // Refused, nothing changed: the same version is approved by someone else.
      const { approveCommunication } = await app.gqlOk<{
        approveCommunication: { status: string; approvedBy: string };
      }>(APPROVE, { input: message }, { as: 'ADMIN' });
      expect(approveCommunication.status).toBe('APPROVED');
      expect(approveCommunication.approvedBy).toMatch(/^admin@/);

      // Who rewrote a draft counts as its drafter too.
      const other = await draftAs(app);
      const { editCommunicationDraft } = await app.gqlOk<{
        editCommunicationDraft: { id: string; version: number };
      }>(
        EDIT,
        { input: { ...other, subject: 'Disruption', body: 'Orders are delayed.' } },
        { as: 'ADMIN' },
      );
      for (const as of ['ADMIN', 'RESPONDER'] as const) {
        const again = await app.gql(APPROVE, { input: editCommunicationDraft }, { as });
        expect({ as, code: again.errors?.[0]?.extensions?.code }).toEqual({
          as,
          code: 'FORBIDDEN',
        });
      }
    } finally {
      await setFourEyes(app, false);
    }
  });
});
