// Issue 2: the services catalogue in the browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAccessible,
  demoUsers,
  launchBrowser,
  logIn,
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('services page', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('adds a service through the form and lists it with its status badge', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();

    const key = `label-printer-${uniqueSuffix()}`;
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByLabel('Key', { exact: true }).fill(key);
    await page.getByLabel('Name', { exact: true }).fill(`Label printer ${key}`);
    await page.getByLabel('Recovery time objective (minutes)').fill('240');
    await page.getByLabel('Recovery point objective (minutes)').fill('60');
    await page.getByLabel('Tier').selectOption('2');
    await page.getByRole('button', { name: 'Save' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `Saved Label printer ${key}` })
      .waitFor();
    const row = page.locator(`tr[data-service-key="${key}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(`Label printer ${key}`));
    assert.match(await row.innerText(), /Operational/);
    assert.match(await row.innerText(), /4 h/);

    // A reload reads it back from the server, not from the client's cache.
    await page.reload();
    await page.locator(`tr[data-service-key="${key}"]`).waitFor();
    await assertAccessible(page, 'services page');
  });

  it("shows the API's validation error next to the field and keeps what was typed", async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.goto('/services');
    const first = `cycle-a-${uniqueSuffix()}`;
    const second = `cycle-b-${uniqueSuffix()}`;

    for (const [key, dependsOn] of [
      [first, null],
      [second, first],
    ]) {
      await page.getByRole('button', { name: 'Add service' }).click();
      await page.getByLabel('Key', { exact: true }).fill(key);
      await page.getByLabel('Name', { exact: true }).fill(key);
      await page.getByLabel('Recovery time objective (minutes)').fill('60');
      await page.getByLabel('Recovery point objective (minutes)').fill('15');
      if (dependsOn) await page.getByRole('checkbox', { name: dependsOn }).check();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator(`tr[data-service-key="${key}"]`).waitFor();
    }

    // first -> second -> first would be a cycle: only the API sees the whole graph.
    await page.getByRole('button', { name: `Edit ${first}` }).click();
    await page.getByLabel('Name', { exact: true }).fill(`${first} renamed`);
    await page.getByRole('checkbox', { name: second }).check();
    await page.getByRole('button', { name: 'Save' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /need attention/);
    const dependsOnGroup = page.getByRole('group', { name: 'Depends on' });
    const issue = await dependsOnGroup.locator('.form__error').innerText();
    assert.match(issue, /cycle/);
    assert.ok(issue.includes(`${first} -> ${second}`) || issue.includes(`${second} -> ${first}`));
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), `${first} renamed`);
  });

  it('asks for numbers the domain accepts before sending anything', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.goto('/services');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByLabel('Key', { exact: true }).fill('Not A Slug');
    await page.getByRole('button', { name: 'Save' }).click();
    const key = page.getByLabel('Key', { exact: true });
    assert.equal(await key.getAttribute('aria-invalid'), 'true');
    const name = page.getByLabel('Name', { exact: true });
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.equal(await key.inputValue(), 'Not A Slug');
  });
});
