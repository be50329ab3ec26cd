// Issue 10: subscribing on the public page, confirming, and a public update in the outbox.
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
  logIn,
  minutesAgo,
  mustGraphql,
  newPage,
  postUpdate,
  uniqueSuffix,
} from '../support.mjs';

const OUTBOX = `query { outboxMessages(first: 500) { recipient kind body } }`;

describe('status updates by e-mail', () => {
  let browser;
  const suffix = uniqueSuffix();
  const email = `reader-${suffix}@example.com`;
  let serviceName = '';

  before(async () => {
    browser = await launchBrowser();
    const admin = await apiToken(demoUsers.admin);
    serviceName = `Parcel tracking ${suffix}`;
    await createService(admin, { key: `tracking-${suffix}`, name: serviceName });
  });
  after(async () => {
    await browser?.close();
  });

  it('a visitor subscribes on the public page at 375 px and confirms by the link', async () => {
    const page = await newPage(browser, { phone: true });
    await page.goto('/status');
    await page.getByRole('heading', { name: 'Updates by e-mail' }).waitFor();
    await assertNoHorizontalScroll(page, 'status page with the subscribe form');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Language of the updates').selectOption('en');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('status').getByText('a confirmation link is on its way').waitFor();
    await assertNoHorizontalScroll(page, 'status page after subscribing');
    await assertAccessible(page, 'status page after subscribing');

    // The confirmation mail waits in the outbox (no mail server in the demo): follow its link.
    const support = await apiToken(demoUsers.support);
    const { outboxMessages } = await mustGraphql(support, OUTBOX);
    const confirmation = outboxMessages.find(
      (message) => message.recipient === email && message.kind === 'confirmation',
    );
    assert.ok(confirmation, 'the confirmation mail is in the outbox');
    const path = /\/status\/subscriptions\/confirm\/[\w-]+/.exec(confirmation.body)?.[0];
    assert.ok(path, 'the mail carries the confirmation link');
    await page.goto(path);
    await page.getByRole('heading', { name: 'Confirm status updates' }).waitFor();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('You will now receive status updates').waitFor();
    await assertNoHorizontalScroll(page, 'the confirmation page');
  });

  it('the outbox shows a published update as "not sent: no mail server configured"', async () => {
    const support = await apiToken(demoUsers.support);
    const title = `Tracking page blank ${suffix}`;
    // Subscribers read the public title (never the team's own).
    const incident = await declareIncident(support, {
      title: `${title} (internal)`,
      publicTitle: title,
      severity: 'SEV3',
      serviceKey: `tracking-${suffix}`,
      startedAt: minutesAgo(10),
    });
    await postUpdate(support, incident.id, `Tracking shows nothing (${suffix}).`, 'PUBLIC');

    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    await page.getByText('No mail server configured', { exact: true }).waitFor();
    const row = page
      .getByTestId('outbox-row')
      .filter({ hasText: title })
      .filter({ hasText: email });
    await row.waitFor();
    assert.equal(
      await row.getByTestId('outbox-unsent').innerText(),
      'not sent: no mail server configured',
    );
    await assertAccessible(page, 'outbox');

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await row.getByText('nicht gesendet: kein Mailserver konfiguriert').waitFor();
  });
});
