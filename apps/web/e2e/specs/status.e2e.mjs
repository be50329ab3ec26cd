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
      publicTitle: title,
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

  it('promises the next update the newest public word promised, not the oldest', async () => {
    const support = await apiToken(demoUsers.support);
    const admin = await apiToken(demoUsers.admin);
    const promiseSuffix = uniqueSuffix();
    const serviceKey = await createService(admin, {
      key: `labels-${promiseSuffix}`,
      name: `Labels ${promiseSuffix}`,
    });
    const promiseTitle = `Labels not printing ${promiseSuffix}`;
    const incident = await declareIncident(support, {
      title: promiseTitle,
      publicTitle: promiseTitle,
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(120),
    });
    // Whole minutes, so the page's "14:05" is exactly the promised time.
    const inMinutes = (minutes) =>
      new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutes * 60_000);
    const stale = inMinutes(20);
    const current = inMinutes(95);
    await postUpdate(
      support,
      incident.id,
      `First word ${promiseSuffix}`,
      'PUBLIC',
      stale.toISOString(),
    );
    await postUpdate(
      support,
      incident.id,
      `Newer word ${promiseSuffix}`,
      'PUBLIC',
      current.toISOString(),
    );

    const page = await newPage(browser);
    await page.goto('/status');
    const article = page.locator('article', {
      has: page.getByRole('heading', { name: promiseTitle }),
    });
    const promise = article.locator('.public-incident__next');
    await promise.waitFor();
    const hhmm = (date) =>
      new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Berlin',
      }).format(date);
    const text = await promise.innerText();
    assert.ok(text.includes(hhmm(current)), `"${text}" names the newest promise ${hhmm(current)}`);
    assert.ok(!text.includes(hhmm(stale)), `"${text}" does not name the stale ${hhmm(stale)}`);
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
