// Issue 12: the review of a resolved incident, generated from its data, written by the team,
// downloadable as Markdown and printable. Functions passed to page.waitForFunction run in the
// browser, hence its globals:
/* global document */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  assertAccessible,
  demoUsers,
  launchBrowser,
  logIn,
  newPage,
  saveScreenshot,
  uniqueSuffix,
} from '../support.mjs';

describe('post-incident review', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('support opens the review of the carrier incident, adds a lesson and an action, downloads and prints it', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto('/incidents/INC-0002');
    await page.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('heading', { level: 1, name: /Post-incident review: INC-0002/ }).waitFor();
    // Generated from the data: the customers heard about the late parcels only days later.
    await page.locator('[data-finding="FIRST_WORD_LATE"]').waitFor();
    assert.match(
      await page.locator('[data-finding="RTO_MISSED"]').first().innerText(),
      /came back .* after its RTO/,
    );

    const lesson = `Carrier portals worked ${uniqueSuffix()}`;
    await page.getByLabel('What went well').fill(lesson);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const action = `Drill the portal workaround ${uniqueSuffix()}`;
    await page.getByLabel('Action', { exact: true }).fill(action);
    await page.getByLabel('Owner').fill('Shipping');
    await page.getByRole('button', { name: 'Add action' }).click();
    const done = page.getByRole('checkbox', { name: `Done: ${action}` });
    await done.waitFor();
    await done.check();
    await page.waitForFunction(
      (name) => document.querySelector(`input[aria-label="Done: ${name}"]`)?.checked === true,
      action,
    );
    await assertAccessible(page, 'post-incident review');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as Markdown' }).click();
    const markdown = await readFile(await (await downloading).path(), 'utf8');
    assert.match(markdown, /^# Post-incident review: INC-0002/);
    assert.ok(markdown.includes(lesson), 'the Markdown holds the lesson');
    assert.ok(markdown.includes(`| ${action} | Shipping | – | yes |`), 'and the action, done');

    // On paper: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.topbar').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    await saveScreenshot(page, 'post-incident-review');
    assert.deepEqual(page.consoleErrors, []);
  });

  it('reads in German', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.management);
    await page.goto('/incidents/INC-0002/review');
    await page.getByRole('heading', { level: 1, name: /Nachbetrachtung: INC-0002/ }).waitFor();
    await page
      .getByText(/Das erste öffentliche Wort kam nach .*, später als der Takt von/)
      .waitFor();
    // Management reads; writing is for support.
    assert.equal(await page.getByRole('button', { name: 'Maßnahme hinzufügen' }).count(), 0);
  });
});
