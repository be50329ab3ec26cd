// Impact analysis per service in the browser: an admin marks a supplier whose promised recovery
// is slower than a service that needs it can bear; the services page and the overview flag the
// gap, and the overview shows what the outage has cost so far.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  declareIncident,
  demoUsers,
  launchBrowser,
  logIn,
  minutesAgo,
  mustGraphql,
  newPage,
  saveScreenshot,
  uniqueSuffix,
} from '../support.mjs';

const OUTAGE_COST = '{ overview { outageCost { euros } } }';

describe('impact analysis per service', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('sets a supplier, sees the gap on the services page and the overview, and the cost so far', async () => {
    const suffix = uniqueSuffix();
    const serviceKey = `checkout-${suffix}`;
    const serviceName = `Checkout ${suffix}`;
    const supplierKey = `payments-${suffix}`;
    const supplierName = `Payment provider ${suffix}`;
    const admin = await apiToken(demoUsers.admin);
    await mustGraphql(
      admin,
      'mutation ($input: CreateServiceInput!) { createService(input: $input) { key } }',
      {
        input: {
          key: serviceKey,
          name: serviceName,
          tier: 1,
          rtoMinutes: 60,
          rpoMinutes: 0,
          mtpdMinutes: 120,
          outageCostPerHour: { orders: 40, euros: 5000 },
        },
      },
    );

    // The admin adds the supplier through the form: it promises recovery within four hours.
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.goto('/services');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByLabel('Key', { exact: true }).fill(supplierKey);
    await page.getByLabel('Name', { exact: true }).fill(supplierName);
    await page.getByRole('checkbox', { name: /Outside supplier/ }).check();
    await page.getByLabel('Promised recovery time (minutes)').fill('240');
    await page.getByLabel('Recovery point objective (minutes)').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    const supplierRow = page.locator(`tr[data-service-key="${supplierKey}"]`);
    await supplierRow.waitFor();
    assert.match(await supplierRow.innerText(), /Supplier/);

    // The checkout needs the supplier: an MTPD of two hours against a promise of four.
    await page.getByRole('button', { name: `Edit ${serviceName}` }).click();
    await page.getByRole('checkbox', { name: supplierName }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    const gaps = page.getByTestId('service-gaps');
    await gaps.getByText(supplierName).waitFor();
    assert.match(
      await gaps.innerText(),
      new RegExp(
        `${supplierName} promises recovery within 4 h, but ${serviceName} can bear at most 2 h \\(MTPD\\): 2 h too slow`,
      ),
    );
    await assertAccessible(page, 'services page with supplier gaps');

    // Two hours of outage of the checkout: 10,000 € and 80 orders more than before.
    const before = (await mustGraphql(admin, OUTAGE_COST)).overview.outageCost.euros;
    const support = await apiToken(demoUsers.support);
    await declareIncident(support, {
      title: `Checkout down ${suffix}`,
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(120),
    });

    // Management reads German: the gap and the cost so far on the overview.
    const overview = await newPage(browser, { locale: 'de-DE' });
    await logIn(overview, demoUsers.management);
    await overview.getByRole('heading', { level: 1, name: 'Lagebild' }).waitFor();
    const alarm = overview.getByTestId('supplier-gaps');
    await alarm.getByText(supplierName).waitFor();
    assert.match(
      await alarm.innerText(),
      new RegExp(
        `${supplierName} sagt Wiederherstellung binnen 4 Std\\. zu, ${serviceName} verträgt aber höchstens 2 Std\\. \\(MTPD\\): 2 Std\\. zu langsam\\.`,
      ),
    );
    const cost = overview.getByRole('group', { name: 'Schaden des Ausfalls bisher' });
    const text = await cost.innerText();
    assert.match(text, /verlorene Bestellungen seit/);
    const shown = Number(text.match(/([\d.]+)\s*€/)?.[1].replace(/\./g, ''));
    assert.ok(
      shown >= before + 9_900,
      `the overview shows ${shown} €, at least ${before} € + two hours of the checkout`,
    );
    await assertAccessible(overview, 'overview with supplier gaps and the cost so far');
    await saveScreenshot(overview, 'overview-impact-analysis');
    assert.deepEqual(overview.consoleErrors, []);
  });
});
