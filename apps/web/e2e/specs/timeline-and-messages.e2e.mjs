// Issue 14, item 8: the internal timeline and the public page agree. A retracted message is
// marked on the timeline, updates are internal unless chosen otherwise, publishing and
// retracting ask first (saying who will see it), an edited draft changes in place, and a
// half-written update survives a reload.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  createService,
  declareIncident,
  demoUsers,
  launchBrowser,
  logIn,
  minutesAgo,
  mustGraphql,
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('the timeline, messages and the update form', () => {
  let browser;
  let incident;
  const suffix = uniqueSuffix();

  before(async () => {
    browser = await launchBrowser();
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `label-printer-${suffix}`,
      name: `Label printer ${suffix}`,
      tier: 2,
      rtoMinutes: 600,
    });
    incident = await declareIncident(await apiToken(demoUsers.support), {
      title: `Labels fail ${suffix}`,
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(30),
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('offers "Internal" as the visibility of a new update', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    assert.equal(await page.getByRole('radio', { name: 'Internal' }).isChecked(), true);
    assert.equal(await page.getByRole('radio', { name: 'Public' }).isChecked(), false);
  });

  it('keeps a half-written update across a reload and warns before leaving it', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const body = page.getByLabel('What happened, what is next');
    await body.fill('Printer driver rolled back, testing');
    await page.reload();
    await body.waitFor();
    assert.equal(await body.inputValue(), 'Printer driver rolled back, testing');

    const asked = new Promise((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await body.fill('Printer driver rolled back, testing again');
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
  });

  it('edits a draft in place, asks before publishing and retracting, and marks the retracted entry', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const card = page.getByRole('region', { name: 'Customer communication' });
    await card.getByLabel('Channel').selectOption('STATUS_PAGE');
    await card.getByRole('button', { name: 'Draft an update' }).click();
    const messages = card.locator('.communication');
    await messages.first().waitFor();
    assert.equal(await messages.count(), 1);

    await card.getByLabel('Subject').fill(`Labels are late ${suffix}`);
    await card.getByLabel('Message').fill(`Parcels leave one day later ${suffix}.`);
    await card.getByRole('button', { name: 'Save draft' }).click();
    await card.getByRole('button', { name: 'Approve' }).waitFor();
    // One message, still a draft, with the new text: no retracted copy is left behind.
    assert.equal(await messages.count(), 1);
    assert.equal(await card.locator('.communication--retracted').count(), 0);
    assert.equal(await card.getByLabel('Subject').inputValue(), `Labels are late ${suffix}`);

    await card.getByRole('button', { name: 'Approve' }).click();
    await card.getByRole('button', { name: 'Publish' }).click();
    const confirmPublish = page.getByRole('alertdialog');
    assert.match(await confirmPublish.innerText(), /Everyone who opens the public status page/);
    await confirmPublish.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await card.locator('.communication--published').count(), 0);

    await card.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publish' }).click();
    await card.locator('.communication--published').waitFor();

    const timeline = page.getByRole('list', { name: 'Timeline' });
    const entry = timeline
      .locator('li')
      .filter({ hasText: `Parcels leave one day later ${suffix}` });
    await entry.waitFor();
    assert.equal(await entry.getAttribute('data-withdrawn'), null);

    await card.getByRole('button', { name: 'Retract' }).click();
    const confirmRetract = page.getByRole('alertdialog');
    assert.match(await confirmRetract.innerText(), /leaves the public status page/);
    await confirmRetract.getByRole('button', { name: 'Retract' }).click();
    await card.locator('.communication--retracted').waitFor();
    await timeline.locator('li[data-withdrawn="true"]').first().waitFor();
    assert.match(await entry.innerText(), /Retracted/);

    // The public page agrees: the entry is gone there.
    const data = await mustGraphql(
      await apiToken(demoUsers.support),
      'query ($ref: String!) { incidentByRef(ref: $ref) { communications { status } } }',
      { ref: incident.ref },
    );
    assert.deepEqual(
      data.incidentByRef.communications.map((message) => message.status),
      ['RETRACTED'],
    );
  });
});
