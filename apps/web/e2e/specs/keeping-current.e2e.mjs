// Issue 14, item 7: support keeps the picture current in the dashboard. A task can be edited
// after creation; its estimate is typed as a duration ("1,5 Std.", "90 min"), and one that
// cannot be read ("zwei Stunden") is refused instead of dropped; the plan warns while tasks
// have no estimate. A backlog can be created, edited, and its open count recorded.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  createService,
  declareIncident,
  demoUsers,
  launchBrowser,
  logIn,
  minutesAgo,
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('keeping the plan and the backlogs current', () => {
  let browser;
  let incident;
  const suffix = uniqueSuffix();

  before(async () => {
    browser = await launchBrowser();
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `till-${suffix}`,
      name: `Till ${suffix}`,
      tier: 2,
      rtoMinutes: 600,
    });
    incident = await declareIncident(await apiToken(demoUsers.support), {
      title: `Till down ${suffix}`,
      severity: 'SEV3',
      serviceKey,
      startedAt: minutesAgo(20),
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('refuses an unreadable estimate, reads "1,5 Std." and warns while a task has none', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const plan = page.getByRole('region', { name: 'Wiederherstellungsplan' });
    await plan.locator('summary').filter({ hasText: 'Aufgabe hinzufügen' }).click();
    const add = plan.locator('.add-task');
    await add.getByLabel('Aufgabe', { exact: true }).fill('Kasse neu starten');
    await add.getByLabel(/Schätzung/).fill('zwei Stunden');
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    await add.locator('[aria-invalid="true"]').first().waitFor();
    assert.equal(await plan.locator('.task__title').count(), 0, 'nothing was added');

    await add.getByLabel(/Schätzung/).fill('');
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    await plan.locator('.task__title').filter({ hasText: 'Kasse neu starten' }).waitFor();
    const warning = plan.locator('.plan-warning');
    await warning.waitFor();
    assert.match(await warning.innerText(), /1 Aufgabe ohne Schätzung/);

    const task = plan.locator('.task').first();
    await task.locator('summary').filter({ hasText: 'Bearbeiten' }).click();
    const edit = task.locator('.task__edit-form');
    await edit.getByLabel('Aufgabe', { exact: true }).fill('Kasse neu aufsetzen');
    await edit.getByLabel(/Schätzung/).fill('zwei Stunden');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.locator('[aria-invalid="true"]').first().waitFor();
    await edit.getByLabel(/Schätzung/).fill('1,5 Std.');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await plan.locator('.task__title').filter({ hasText: 'Kasse neu aufsetzen' }).waitFor();
    await warning.waitFor({ state: 'detached' });
    assert.match(await task.locator('.task__meta').innerText(), /1 Std\. 30 Min\.|1 h 30 min/);
  });

  it('creates a backlog, records its open count and edits it', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto('/backlogs');
    const create = page.getByRole('region', { name: 'Rückstand anlegen' });
    await create.getByLabel('Schlüssel').fill(`retouren-${suffix}`);
    await create.getByLabel('Name').fill(`Retouren ${suffix}`);
    await create.getByLabel('Einheit').fill('Pakete');
    await create.getByLabel(/Zusage/).fill('48');
    await create.getByRole('button', { name: 'Anlegen' }).click();
    const card = page.getByRole('region', { name: `Retouren ${suffix}` });
    await card.waitFor();

    await card.getByLabel('Offen jetzt').fill('120');
    await card.getByRole('button', { name: 'Stand erfassen' }).click();
    await card.locator('.lb-stat__value').filter({ hasText: '120' }).first().waitFor();

    await card.locator('summary').filter({ hasText: 'Rückstand bearbeiten' }).click();
    const edit = card.locator('.backlog__edit-form');
    await edit.getByLabel('Name').fill(`Retouren im Lager ${suffix}`);
    await edit.getByLabel(/Zusage/).fill('72');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('region', { name: `Retouren im Lager ${suffix}` }).waitFor();
  });
});
