// Issue 5 (web part): people see their name and role; controls a role may not use are hidden.
/* global document */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  createService,
  declareIncident,
  demoUsers,
  graphql,
  launchBrowser,
  logIn,
  minutesAgo,
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('sessions and roles', () => {
  let browser;
  let incidentRef;
  before(async () => {
    browser = await launchBrowser();
    const suffix = uniqueSuffix();
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `roles-${suffix}`,
      name: `Roles ${suffix}`,
    });
    const incident = await declareIncident(await apiToken(demoUsers.support), {
      title: `Role check ${suffix}`,
      severity: 'SEV3',
      serviceKey,
      startedAt: minutesAgo(10),
    });
    incidentRef = incident.ref;
  });
  after(async () => {
    await browser?.close();
  });

  it('sends a visitor without a session to the login page and back afterwards', async () => {
    const page = await newPage(browser);
    await page.goto('/services');
    await page.waitForURL(/\/login\?next=%2Fservices/);
    await page.getByLabel('E-mail').fill(demoUsers.management);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not correct' }).waitFor();
    await page.getByLabel('Password').fill('lagebild-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/services$/);
  });

  it('keeps the session across a reload and shows who is signed in', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.reload();
    await page.getByRole('navigation').waitFor();
    const header = await page.locator('header').first().innerText();
    assert.match(header, /Support/);
    assert.equal(new URL(page.url()).pathname, '/');
  });

  it('shows management no write controls', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.goto('/services');
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await page.locator('tr[data-service-key]').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add service' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Edit/ }).count(), 0);

    await page.goto(`/incidents/${incidentRef}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: incidentRef }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Post update' }).count(), 0);
    assert.equal(await page.getByRole('group', { name: 'Move to' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Draft an update' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Set' }).count(), 0);

    await page.goto('/backlogs');
    await page.getByRole('heading', { level: 1, name: 'Backlogs' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save capacity' }).count(), 0);
  });

  it('switches the dashboard to German and remembers it', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('link', { name: 'Übersicht' }).waitFor();
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Dienste' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  });

  it('lets an admin create an API key whose secret works once shown, and revoke it', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const keys = page.getByRole('region', { name: 'API keys' }).first();
    const name = `shop ${Date.now()}`;
    await keys.getByLabel('Name of the system').fill(name);
    await keys.getByLabel('Role').selectOption('RESPONDER');
    await keys.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByTestId('api-key-secret').innerText()).trim();
    assert.match(secret, /^lgb_/);
    await assertAccessible(page, 'settings as admin');

    const asKey = await graphql('{ me { kind name role } }', {}, secret);
    assert.deepEqual(asKey.data?.me, { kind: 'API_KEY', name, role: 'RESPONDER' });

    await page.getByRole('button', { name: `Revoke ${name}` }).click();
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByText('Revoked')
      .waitFor();
    const afterRevoke = await graphql('{ me { kind } }', {}, secret);
    assert.equal(afterRevoke.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('shows people and keys only to admins', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'People' }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'API keys' }).count(), 0);
  });
});
