import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * The help desk's auto-responder and the phone system pull `/status/auto-reply.txt` and
 * `/status/phone-announcement.txt` and repeat them to everyone who writes or calls: they must say
 * the newest text that stands, in the caller's language, and nothing once the outage is over.
 */

async function declare(app: TestApp): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    { input: { title: 'Server failure', severity: 'SEV1' } },
  );
  return declareIncident.id;
}

/** Drafts a text from a custom template, approves and publishes it. */
async function publish(
  app: TestApp,
  incidentId: string,
  channel: 'AUTO_REPLY' | 'PHONE_ANNOUNCEMENT',
  locale: 'de' | 'en',
  body: string,
): Promise<{ id: string; version: number }> {
  const { draftCommunication } = await app.gqlOk<{ draftCommunication: { id: string } }>(
    `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id } }`,
    {
      input: {
        incidentId,
        channel,
        audience: 'PUBLIC',
        locale,
        template: { subject: 'Status', body },
      },
    },
  );
  const id = draftCommunication.id;
  await app.gqlOk(
    `mutation A($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { id } }`,
    { input: { id, version: 1 } },
  );
  await app.gqlOk(
    `mutation P($input: PublishCommunicationInput!) { publishCommunication(input: $input) { id } }`,
    { input: { id, version: 2 } },
  );
  return { id, version: 3 };
}

async function text(
  app: TestApp,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; language: string | null; type: string | null }> {
  const response = await fetch(`${app.url}${path}`, { headers });
  return {
    status: response.status,
    body: await response.text(),
    language: response.headers.get('content-language'),
    type: response.headers.get('content-type'),
  };
}

describeEachDatabase('auto-reply and phone announcement texts', (use) => {
  let incidentId = '';

  it('says nothing (204) while no text stands', async () => {
    const answer = await text(use(), '/status/auto-reply.txt?lang=de');
    expect(answer.status).toBe(204);
    expect(answer.body).toBe('');
  });

  it('serves the published text in the language asked for, as plain text', async () => {
    const app = use();
    incidentId = await declare(app);
    await publish(app, incidentId, 'AUTO_REPLY', 'de', 'Unser Server ist ausgefallen.');
    await publish(app, incidentId, 'AUTO_REPLY', 'en', 'Our server has failed.');

    const german = await text(app, '/status/auto-reply.txt?lang=de');
    expect(german).toMatchObject({
      status: 200,
      body: 'Unser Server ist ausgefallen.\n',
      language: 'de',
      type: 'text/plain; charset=utf-8',
    });
    expect((await text(app, '/status/auto-reply.txt?lang=en')).body).toBe(
      'Our server has failed.\n',
    );
    // Without ?lang the caller's Accept-Language decides.
    expect(
      (await text(app, '/status/auto-reply.txt', { 'accept-language': 'en-GB,en;q=0.9' })).body,
    ).toBe('Our server has failed.\n');
  });

  it('answers in the other language, and says so, when none stands in the one asked for', async () => {
    const app = use();
    await publish(app, incidentId, 'PHONE_ANNOUNCEMENT', 'de', 'Bitte schreiben Sie uns.');
    const answer = await text(app, '/status/phone-announcement.txt?lang=en');
    expect(answer).toMatchObject({
      status: 200,
      body: 'Bitte schreiben Sie uns.\n',
      language: 'de',
    });
  });

  it('replaces a text by a newer one, and brings the older back when the newer is retracted', async () => {
    const app = use();
    const newer = await publish(
      app,
      incidentId,
      'AUTO_REPLY',
      'de',
      'Wir beantworten jede E-Mail bis Donnerstag.',
    );
    expect((await text(app, '/status/auto-reply.txt?lang=de')).body).toBe(
      'Wir beantworten jede E-Mail bis Donnerstag.\n',
    );
    await app.gqlOk(
      `mutation R($input: CommunicationTransitionInput!) { retractCommunication(input: $input) { id } }`,
      { input: newer },
    );
    expect((await text(app, '/status/auto-reply.txt?lang=de')).body).toBe(
      'Unser Server ist ausgefallen.\n',
    );
  });

  it('refuses an unknown language with a code', async () => {
    const response = await fetch(`${use().url}/status/auto-reply.txt?lang=fr`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('stops repeating the outage texts once the incident is resolved', async () => {
    const app = use();
    const { incident } = await app.gqlOk<{ incident: { version: number } }>(
      `query I($id: ID!) { incident(id: $id) { version } }`,
      { id: incidentId },
    );
    await app.gqlOk(
      `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { id } }`,
      { input: { id: incidentId, version: incident.version } },
    );
    expect((await text(app, '/status/auto-reply.txt?lang=de')).status).toBe(204);
    expect((await text(app, '/status/phone-announcement.txt?lang=de')).status).toBe(204);

    // A follow-up published after the resolution stands (the backlog is still being worked).
    await publish(
      app,
      incidentId,
      'AUTO_REPLY',
      'de',
      'Alles läuft wieder; Antworten bis Freitag.',
    );
    expect((await text(app, '/status/auto-reply.txt?lang=de')).body).toBe(
      'Alles läuft wieder; Antworten bis Freitag.\n',
    );
  });
});
