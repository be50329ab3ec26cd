// Issue 6: the dashboard works at 375 px, and the services graph shows a blast radius.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
} from '../support.mjs';

describe('layout and the dependency graph', () => {
  let browser;
  const suffix = uniqueSuffix();
  const names = {
    database: `Order database ${suffix}`,
    shop: `Web shop ${suffix}`,
    labels: `Carrier labels ${suffix}`,
  };

  before(async () => {
    browser = await launchBrowser();
    const admin = await apiToken(demoUsers.admin);
    const create = (key, name, dependsOn) =>
      mustGraphql(
        admin,
        'mutation ($input: CreateServiceInput!) { createService(input: $input) { key } }',
        { input: { key, name, tier: 1, rtoMinutes: 240, rpoMinutes: 60, dependsOn } },
      );
    await create(`db-${suffix}`, names.database, []);
    await create(`shop-${suffix}`, names.shop, [`db-${suffix}`]);
    await create(`labels-${suffix}`, names.labels, [`shop-${suffix}`]);
  });
  after(async () => {
    await browser?.close();
  });

  it('shows everything that depends on a selected service', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.goto('/services');
    await page.getByTestId('service-graph').locator('canvas').first().waitFor();
    await page.getByRole('button', { name: names.database, exact: true }).click();
    const radius = page.locator('.blast-radius');
    await radius.getByText(/2 services depend on it/).waitFor();
    const text = await radius.innerText();
    assert.ok(text.includes(names.shop) && text.includes(names.labels), text);
  });

  for (const path of ['/', '/incidents', '/backlogs', '/services', '/settings']) {
    it(`fits ${path} on a 375 px phone without sideways scrolling`, async () => {
      const page = await newPage(browser, { phone: true });
      await logIn(page, demoUsers.management);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await assertNoHorizontalScroll(page, path);
      await assertAccessible(page, `${path} at 375 px`);
    });
  }
});
