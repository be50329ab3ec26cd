// Issue 13 (finding 12h): the team's title of an incident stays inside; the public page shows
// the public title, or a neutral wording naming the disrupted services.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  createService,
  demoUsers,
  launchBrowser,
  logIn,
  newPage,
  saveScreenshot,
  uniqueSuffix,
} from '../support.mjs';

describe('public title of an incident', () => {
  let browser;
  const suffix = uniqueSuffix();
  const internalTitle = 'Ärger mit Hermes-Schnittstelle';
  const serviceName = `Versand ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    await createService(await apiToken(demoUsers.admin), {
      key: `shipping-${suffix}`,
      name: serviceName,
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('declares an incident whose internal title never reaches the public page', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto('/incidents');
    await page.getByRole('button', { name: 'Störung melden' }).click();
    await page.getByLabel('Titel', { exact: true }).fill(internalTitle);
    await page.getByLabel('Öffentlicher Titel').waitFor();
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Störung melden' }).last().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: internalTitle }).waitFor();

    // The incident page says what customers read.
    const shown = page.getByTestId('public-view');
    await shown.filter({ hasText: `Störung: ${serviceName}` }).waitFor();
    await assertAccessible(page, 'incident page with its public view');

    const visitor = await newPage(browser, { locale: 'de-DE' });
    await visitor.goto('/status');
    await visitor.getByRole('heading', { name: `Störung: ${serviceName}` }).waitFor();
    const text = await visitor.locator('main').innerText();
    assert.ok(!text.includes('Ärger'), 'the internal title is not on the public page');
    assert.ok(!text.includes('Hermes'), 'the internal title is not on the public page');

    // A responder writes the public title; the public reads it, the team sees what they read.
    const publicTitle = `Paketversand verzögert ${suffix}`;
    await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    await page.getByLabel('Öffentlicher Titel').fill(publicTitle);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await shown.filter({ hasText: publicTitle }).waitFor();
    await saveScreenshot(page, 'incident-public-title');

    await visitor.reload();
    await visitor.getByRole('heading', { name: publicTitle }).waitFor();
    assert.ok(!(await visitor.locator('main').innerText()).includes('Hermes'));
    assert.deepEqual(page.consoleErrors, []);
  });
});
