// Continuation plans: a responder activates the carrier-portal plan on the incident page in
// German, sees it running and the parcels' forecast move earlier; the plans of the service print
// as one German page with the steps as a checklist and the contact ways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  createService,
  declareIncident,
  demoUsers,
  launchBrowser,
  logIn,
  minutesAgo,
  mustGraphql,
  newPage,
  saveScreenshot,
  uniqueSuffix,
  waitForChange,
} from '../support.mjs';

describe('continuation plans', () => {
  let browser;
  let incident;
  let serviceKey;
  const backlogKey = `parcels-${uniqueSuffix()}`;

  before(async () => {
    browser = await launchBrowser();
    const admin = await apiToken(demoUsers.admin);
    const support = await apiToken(demoUsers.support);
    serviceKey = await createService(admin, {
      key: `label-printing-${uniqueSuffix()}`,
      name: 'Etikettendruck',
    });
    incident = await declareIncident(support, {
      title: 'Etikettendruck ausgefallen',
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(90),
    });
    await mustGraphql(
      support,
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: backlogKey,
          name: 'Nicht versandte Pakete',
          unit: 'Paket',
          staff: 1,
          itemsPerStaffHour: 10,
          arrivalRatePerHour: 0,
          incidentId: incident.id,
        },
      },
    );
    await mustGraphql(
      support,
      `mutation R($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
      { input: { backlogKey, open: 800, at: minutesAgo(30), idempotencyKey: backlogKey } },
    );
    await mustGraphql(
      admin,
      `mutation C($input: CreateContinuationPlanInput!) { createContinuationPlan(input: $input) { id } }`,
      {
        input: {
          serviceKey,
          title: 'Etiketten über das Portal des Paketdienstes',
          owner: 'Versandleitung',
          steps: ['Im Portal des Paketdienstes anmelden', 'Pakete erfassen', 'Etiketten drucken'],
          needs: ['Portal-Zugang (im Tresor)', 'Bürodrucker'],
          addsCapacity: { backlogKey, staff: 3 },
        },
      },
    );
  });
  after(async () => {
    await browser?.close();
  });

  it('support activates a plan in German: it runs, and the parcels clear earlier', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    await page.getByText('Kein Notfallplan läuft.').waitFor();
    const parcels = page.locator('.backlog-list__item', { hasText: 'Nicht versandte Pakete' });
    await parcels.waitFor();
    const before = await parcels.innerText();

    await page.getByLabel('Notfallplan aktivieren').selectOption({
      label: 'Etiketten über das Portal des Paketdienstes',
    });
    await page.getByRole('button', { name: 'Aktivieren', exact: true }).click();
    const running = page.getByRole('list', { name: 'Laufend' });
    await running
      .locator('strong', { hasText: 'Etiketten über das Portal des Paketdienstes' })
      .waitFor();
    await running.getByText(`+3 Personen für ${backlogKey}`).waitFor();

    const afterActivation = await waitForChange(() => parcels.innerText(), before);
    assert.notEqual(afterActivation, before, 'the forecast moves when the plan runs');
    await assertAccessible(page, 'incident page with a running continuation plan');
    await running.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'incident-continuation-plan');
    assert.deepEqual(page.consoleErrors, []);
  });

  it('the plans of a service print as one German page with a checklist and the contact ways', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto(`/services/${serviceKey}/plans/print`);
    await page.getByRole('heading', { name: 'Notfallpläne: Etikettendruck' }).waitFor();
    await page.getByText('Verantwortlich: Versandleitung').waitFor();
    await page.getByText('So erreichen Sie uns, wenn die Telefone ausfallen').waitFor();
    const steps = page.locator('.plan__steps--checklist li');
    assert.equal(await steps.count(), 3);
    assert.equal(await page.locator('.plan__box').count(), 3);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Drucken' }).isVisible(), false);
    await assertAccessible(page, 'printed continuation plans');
    await saveScreenshot(page, 'continuation-plans-print');
    assert.deepEqual(page.consoleErrors, []);
  });
});
