// Notices to the affected customers: a cohort e-mail drafted from the incident page, its
// preview, publishing, the record per recipient, the honest retract and the correction.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  createService,
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

describe('notices to the affected customers', () => {
  let browser;
  const suffix = uniqueSuffix();
  let incident;

  before(async () => {
    browser = await launchBrowser();
    const admin = await apiToken(demoUsers.admin);
    const support = await apiToken(demoUsers.support);
    await createService(admin, { key: `orders-${suffix}`, name: `Order system ${suffix}` });
    incident = await declareIncident(support, {
      title: `Orders lost ${suffix}`,
      severity: 'SEV2',
      serviceKey: `orders-${suffix}`,
      startedAt: minutesAgo(90),
    });
    await mustGraphql(
      support,
      'mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
      {
        input: {
          key: `lost-orders-${suffix}`,
          name: `Lost orders ${suffix}`,
          unit: 'order',
          incidentId: incident.id,
          staff: 2,
          itemsPerStaffHour: 4,
        },
      },
    );
    await mustGraphql(
      support,
      'mutation ($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }',
      {
        input: {
          backlogKey: `lost-orders-${suffix}`,
          idempotencyKey: `customers-${suffix}`,
          items: [
            ['O-1', 'ada@example.com', 'Ada Lovelace'],
            ['O-2', 'ada@example.com', 'Ada Lovelace'],
            ['O-3', 'bob@example.com', 'Bob Marley'],
            ['O-4', 'cy@example.com', null],
          ].map(([ref, email, name], index) => ({
            externalRef: `${ref}-${suffix}`,
            receivedAt: minutesAgo(80 - index),
            customerEmail: email,
            customerName: name,
            locale: 'en',
          })),
        },
      },
    );
  });
  after(async () => {
    await browser?.close();
  });

  it('drafts a cohort e-mail, previews three customers, publishes, and lists one record each', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const card = page.getByRole('region', { name: 'Customer communication' });
    await card.getByLabel('Channel').selectOption('EMAIL');
    await card.getByLabel('Language').selectOption('en');
    const picker = card.getByTestId('cohort-picker');
    assert.ok(await picker.getByRole('checkbox', { name: `Lost orders ${suffix}` }).isChecked());
    await card.getByRole('checkbox', { name: /GDPR Art\. 34/ }).check();
    await card.getByRole('button', { name: 'Draft an update' }).click();

    const notice = card.getByTestId('cohort-notice').first();
    const count = notice.getByTestId('cohort-recipient-count');
    await count.waitFor();
    assert.equal(await count.innerText(), '3 customers get one e-mail each');
    await notice.getByText('As ada@example.com receives it').click();
    await notice.getByText(/Dear Ada Lovelace,/).waitFor();
    await notice.getByText(new RegExp(`O-1-${suffix} and O-2-${suffix}`)).waitFor();
    await assertAccessible(page, 'incident page with a cohort preview');
    await saveScreenshot(page, 'cohort-notice-preview');

    await card.getByRole('button', { name: 'Approve' }).click();
    await card.getByRole('button', { name: 'Publish' }).click();
    const confirmPublish = page.getByRole('alertdialog');
    assert.match(await confirmPublish.innerText(), /sent by e-mail to each affected customer/);
    await confirmPublish.getByRole('button', { name: 'Publish' }).click();
    await card.locator('.communication--published').waitFor();

    const rows = notice.getByTestId('cohort-delivery-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3);
    await notice.getByText('ada@example.com').waitFor();
    // The demo has no mail server: each record says so instead of pretending.
    assert.equal(await notice.getByText('not sent: no mail server configured').count(), 3);
    await notice.getByRole('button', { name: 'Failed' }).click();
    await notice.getByText('No recipient with this status.').waitFor();
    await notice.getByRole('button', { name: 'All' }).click();
    await rows.first().waitFor();
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Export CSV' }).click();
    assert.match((await download).suggestedFilename(), /^deliveries-.+\.csv$/);
    await assertAccessible(page, 'incident page with delivery records');
    await saveScreenshot(page, 'cohort-notice-deliveries');

    await card.getByRole('button', { name: 'Retract' }).click();
    const confirmRetract = page.getByRole('alertdialog');
    assert.match(await confirmRetract.innerText(), /cannot be unsent/);
    await confirmRetract.getByRole('button', { name: 'Retract' }).click();
    await card.locator('.communication--retracted').waitFor();
    await notice.getByRole('button', { name: 'Write a correction to the same customers' }).click();
    await card.locator('.communication--draft').filter({ hasText: 'Correction:' }).waitFor();

    await card.getByText('a correction of an earlier notice').waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByText('Korrektur einer früheren Nachricht').waitFor();
  });
});
