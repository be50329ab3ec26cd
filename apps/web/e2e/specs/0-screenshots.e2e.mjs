// Runs first, on the fresh demo data (the seed's outage story), and saves the screenshots in
// docs/screenshots/ that the README and docs show. Each shot also asserts what it must show.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoUsers, launchBrowser, logIn, newPage, saveScreenshot } from '../support.mjs';

describe('screenshots of the demo story', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  // The owner of the story's shop reads German: the overview and the incident are shot in German.
  it('overview (German): what is down, what is done first, silence towards customers', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.management);
    await page.getByRole('heading', { level: 1, name: 'Lagebild' }).waitFor();
    await page.getByRole('region', { name: 'Was ausgefallen ist' }).locator('li').first().waitFor();
    await page
      .getByRole('region', { name: 'Was zuerst getan wird' })
      .locator('.first-tasks__task')
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    assert.match(text, /INC-0001/);
    await saveScreenshot(page, 'overview');
  });

  it('incident (German): timeline, metrics, impacts, communication and the plan', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto('/incidents/INC-0001');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'INC-0001' }).waitFor();
    await page.getByRole('list', { name: 'Verlauf' }).locator('li').first().waitFor();
    await page.getByRole('region', { name: 'Kennzahlen des Vorfalls' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok((await page.locator('.task').count()) > 0, 'the demo incident has a recovery plan');
    await saveScreenshot(page, 'incident');
  });

  it('backlog: burn-down with forecast and a what-if', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto('/backlogs');
    const card = page.locator('section.backlog').first();
    await card.waitFor();
    const staff = card.getByLabel('People working on it');
    const current = Number(await staff.inputValue());
    await staff.fill(String(current + 2));
    await card
      .getByTestId('what-if')
      .getByText(/With .* people/)
      .waitFor();
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'backlog');
  });

  it('status page: what customers see, on a phone, in German', async () => {
    const page = await newPage(browser, { locale: 'de-DE', phone: true });
    await page.goto('/status');
    await page.getByRole('heading', { level: 1, name: 'Betriebsstatus' }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'status-page');
  });
});
