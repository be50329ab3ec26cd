// Issue 11: the organisation's own name on its public page, set by an admin in the dashboard.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  apiToken,
  assertAccessible,
  assertNoHorizontalScroll,
  demoUsers,
  launchBrowser,
  logIn,
  mustGraphql,
  newPage,
  uniqueSuffix,
  waitForChange,
} from '../support.mjs';

const xmlEscaped = (text) => text.replace(/&/g, '&amp;');

const SETTINGS = `{ settings { version organisationName contactWays { kind label value } } }`;
const UPDATE = `mutation U($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`;

describe('organisation settings', () => {
  let browser;
  let admin;
  let original;
  const suffix = uniqueSuffix();
  const name = `Budo & Co ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    admin = await apiToken(demoUsers.admin);
    original = (await mustGraphql(admin, SETTINGS)).settings;
  });
  after(async () => {
    // Later specs see the page as the demo left it.
    const { settings } = await mustGraphql(admin, SETTINGS);
    await mustGraphql(admin, UPDATE, {
      input: {
        version: settings.version,
        organisationName: original.organisationName,
        contactWays: original.contactWays,
      },
    });
    await browser?.close();
  });

  it('an admin sets the name and a contact way; the public page shows them on a phone, in English and German', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.goto('/settings');
    await page.getByLabel('Organisation name').fill(name);
    await page.getByRole('button', { name: 'Add a contact way' }).click();
    await page.getByLabel('Kind', { exact: true }).last().selectOption('PHONE');
    await page.getByLabel('Label', { exact: true }).last().fill('Mobile hotline');
    await page
      .getByLabel('Address, number or link', { exact: true })
      .last()
      .fill('+49 170 1234567');
    // The organisation's card comes first among the admin's cards.
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByRole('status').filter({ hasText: 'The public page shows it now' }).waitFor();
    await assertAccessible(page, 'settings with the organisation form');

    for (const [locale, contact] of [
      ['en-GB', 'Contact'],
      ['de-DE', 'Kontakt'],
    ]) {
      const visitor = await newPage(browser, { locale, phone: true });
      await visitor.goto('/status');
      await visitor.getByText(name, { exact: true }).waitFor();
      await visitor.getByRole('heading', { level: 2, name: contact }).waitFor();
      const hotline = visitor.getByRole('link', { name: '+49 170 1234567' });
      assert.equal(await hotline.getAttribute('href'), 'tel:+491701234567');
      assert.match(await visitor.title(), new RegExp(name));
      await assertNoHorizontalScroll(visitor, `status page (${locale}, 375 px)`);
      await assertAccessible(visitor, `status page with contact ways (${locale})`);
      await visitor.context().close();
    }
    await page.context().close();

    // The static copy the server keeps current says the same, without script, on a phone.
    const staticIndex = join(process.env.E2E_STATIC_DIR ?? '', 'index.html');
    // The server rewrites the copy once the public picture is recomputed.
    const named = await waitForChange(
      async () => (await readFile(staticIndex, 'utf8').catch(() => '')).includes(xmlEscaped(name)),
      false,
    );
    assert.ok(named, 'the static copy was rewritten with the name');
    for (const locale of ['de-DE', 'en-GB']) {
      const reader = await newPage(browser, { locale, phone: true });
      await reader.context().setOffline(true);
      await reader.goto(pathToFileURL(staticIndex).href);
      const text = await reader.locator('main').innerText();
      assert.ok(text.includes(name), 'the static page names the organisation');
      assert.ok(text.includes('+49 170 1234567'), 'and its contact way');
      assert.equal(await reader.locator('script').count(), 0, 'it needs no script');
      await assertNoHorizontalScroll(reader, `static status page (${locale}, 375 px)`);
      await assertAccessible(reader, `static status page (${locale})`);
      await reader.context().close();
    }
  });

  it('a save based on settings someone else changed meanwhile shows a conflict instead of undoing theirs', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.goto('/settings');
    const field = page.getByLabel('Organisation name');
    await field.waitFor();
    await field.fill(`Mine ${suffix}`);
    const { settings } = await mustGraphql(admin, SETTINGS);
    await mustGraphql(admin, UPDATE, {
      input: { version: settings.version, organisationName: `Theirs ${suffix}` },
    });
    await page.getByRole('button', { name: 'Save' }).first().click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved' });
    await conflict.waitFor();
    await conflict.getByText(`Theirs ${suffix}`).first().waitFor();
    assert.equal(
      (await mustGraphql(admin, SETTINGS)).settings.organisationName,
      `Theirs ${suffix}`,
    );
    await page.context().close();
  });
});
