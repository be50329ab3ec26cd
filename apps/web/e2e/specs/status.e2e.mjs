// Issue 6: the public status page, without login, in the visitor's language, on a phone.
/* global document */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  assertNoHorizontalScroll,
  createService,
  declareIncident,
  demoUsers,
  launchBrowser,
  minutesAgo,
  newPage,
  postUpdate,
  uniqueSuffix,
} from '../support.mjs';

describe('public status page', () => {
  let browser;
  const suffix = uniqueSuffix();
  const publicText = `We are restoring the order database (${suffix}).`;
  const internalText = `RAID controller swap, vendor ticket ${suffix}`;
  const title = `Checkout unavailable ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    const admin = await apiToken(demoUsers.admin);
    const support = await apiToken(demoUsers.support);
    const serviceKey = await createService(admin, {
      key: `checkout-${suffix}`,
      name: `Checkout ${suffix}`,
    });
    const incident = await declareIncident(support, {
      title,
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(30),
    });
    await postUpdate(support, incident.id, publicText, 'PUBLIC');
    await postUpdate(support, incident.id, internalText, 'INTERNAL');
  });
  after(async () => {
    await browser?.close();
  });

  it('shows services, incidents and public updates to anyone, and nothing internal', async () => {
    const page = await newPage(browser);
    await page.goto('/status');
    await page.getByRole('heading', { level: 1, name: 'Service status' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/status', 'no redirect to the login page');
    await page.getByRole('heading', { name: title }).waitFor();
    const text = await page.locator('main').innerText();
    assert.ok(text.includes(publicText), 'the public update is shown');
    assert.ok(!text.includes(internalText), 'the internal note is not shown');
    assert.ok(text.includes(`Checkout ${suffix}`), 'the impaired service is listed');
    assert.match(text, /Major outage/);
    await assertAccessible(page, 'status page');
  });

  it('speaks German to a German visitor and fits a 375 px phone', async () => {
    const page = await newPage(browser, { locale: 'de-DE', phone: true });
    await page.goto('/status');
    await page.getByRole('heading', { level: 1, name: 'Betriebsstatus' }).waitFor();
    await page.getByRole('heading', { name: title }).waitFor();
    assert.match(await page.locator('main').innerText(), /Ausfall/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await assertNoHorizontalScroll(page, 'status page at 375 px');
    await assertAccessible(page, 'status page (de, phone)');
  });
});
