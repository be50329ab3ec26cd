// Issue 12: an incident affecting personal data keeps its breach record and shows the 72-hour
// clock (GDPR Art. 33), on the incident page and on management's overview.
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
  newPage,
  saveScreenshot,
  uniqueSuffix,
} from '../support.mjs';

describe('personal data and the 72-hour clock', () => {
  let browser;
  let incident;

  before(async () => {
    browser = await launchBrowser();
    const admin = await apiToken(demoUsers.admin);
    const support = await apiToken(demoUsers.support);
    const serviceKey = await createService(admin, {
      key: `customer-db-${uniqueSuffix()}`,
      name: 'Customer database',
    });
    incident = await declareIncident(support, {
      title: 'Kundendaten beschädigt',
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(120),
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('support flags the incident in German, the clock runs, a decision without its reason is refused and then kept', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    await page.getByText('Nicht als Verletzung personenbezogener Daten markiert.').waitFor();
    await page.getByRole('button', { name: 'Personenbezogene Daten betroffen' }).click();

    const form = page.getByRole('form', { name: 'Dokumentation der Datenpanne (DSGVO Art. 33)' });
    await form.getByLabel('Integrität').check();
    await form.getByLabel('Was geschah').fill('Adressen von Kundinnen und Kunden überschrieben.');
    await form.getByLabel('Betroffene Personen (geschätzt)').fill('120');
    await form.getByRole('button', { name: 'Speichern' }).click();

    const clock = page.locator('[data-clock-state]');
    await clock.waitFor();
    assert.equal(await clock.getAttribute('data-clock-state'), 'RUNNING');
    assert.match(await clock.innerText(), /72-Stunden-Frist: Meldung an die Behörde innerhalb von/);
    await assertAccessible(page, 'incident page with the breach record');

    // "Not required" needs its reason written down (Art. 33(5)); the refusal says so in German.
    await page.getByRole('button', { name: 'Meldung bearbeiten' }).click();
    await form.getByLabel('Aufsichtsbehörde').selectOption('NOT_REQUIRED');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await form.getByText('Begründen Sie, warum voraussichtlich kein Risiko besteht.').waitFor();
    assert.equal(await clock.getAttribute('data-clock-state'), 'RUNNING');

    await form
      .getByLabel('Begründung (warum nicht oder warum verspätet)')
      .fill('Aus der Sicherung binnen einer Stunde wiederhergestellt; keine Weitergabe.');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await page.locator('[data-clock-state="NOT_REQUIRED"]').waitFor();
    await page.getByText('Aus der Sicherung binnen einer Stunde wiederhergestellt').waitFor();
    assert.deepEqual(page.consoleErrors, []);
  });

  it('management sees the clock of the story on the overview', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.goto('/');
    const storyLine = page.locator('.incident-list__item', { hasText: 'INC-0001' });
    const clock = storyLine.locator('[data-clock-state]');
    await clock.waitFor();
    assert.match(await clock.innerText(), /72-hour clock: /);
    assert.ok(['RUNNING', 'OVERDUE'].includes(await clock.getAttribute('data-clock-state')));
    await storyLine.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'overview-personal-data-clock');
  });
});
