// Issue 6: support ends the silence from the incident page; the overview's alarm clears.
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
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('incident page and the communication-debt alarm', () => {
  let browser;
  let incident;
  const suffix = uniqueSuffix();
  const title = `Order database down ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `orders-${suffix}`,
      name: `Order database ${suffix}`,
      rtoMinutes: 120,
    });
    // SEV1 for three hours without a public word: customers are owed news (cadence 60 min).
    incident = await declareIncident(await apiToken(demoUsers.support), {
      title,
      severity: 'SEV1',
      serviceKey,
      startedAt: minutesAgo(180),
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('posts a public update and the overview stops raising the alarm', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);

    const alarms = page.getByTestId('debt-alarms');
    await alarms.getByText(title).waitFor();
    assert.match(await page.locator('main').innerText(), /RTO passed by/);

    await alarms.getByRole('link', { name: new RegExp(title) }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: incident.ref }).waitFor();
    await page
      .getByLabel('What happened, what is next')
      .fill('The order database is being restored from last night’s backup. Next update by 14:00.');
    await page.getByRole('radio', { name: 'Public' }).check();
    await page.getByRole('button', { name: 'Post update' }).click();
    await page.getByRole('status').filter({ hasText: 'Update posted.' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('restored from last night').waitFor();
    assert.match(await timeline.locator('li').first().innerText(), /PUBLIC/i);
    await assertAccessible(page, 'incident page');

    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Situation picture' }).waitFor();
    await page.getByRole('heading', { name: 'Active incidents' }).waitFor();
    await page
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();
    assert.equal(await page.getByTestId('debt-alarms').getByText(title).count(), 0);
    await assertAccessible(page, 'overview');
  });

  it('moves the incident through its states with an explanation', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const moves = page.getByRole('group', { name: 'Move to' });
    await moves.getByRole('button', { name: 'Identified' }).click();
    await page
      .getByLabel('What happened, what is next')
      .fill('Cause found: failed RAID controller.');
    await page.getByRole('radio', { name: 'Internal' }).check();
    await page.getByRole('button', { name: 'Post update' }).click();
    await page.locator('.incident-status').filter({ hasText: 'Identified' }).waitFor();
    const first = page.getByRole('list', { name: 'Timeline' }).locator('li').first();
    assert.match(await first.innerText(), /Internal/i);
    assert.match(await first.innerText(), /Identified/);

    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Commander').fill('Head of support');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.facts').getByText('Head of support').waitFor();
  });

  it('declares an incident, plans the recovery and publishes a drafted message', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto('/incidents');
    await page.getByRole('button', { name: 'Declare incident' }).click();
    const declaredTitle = `Phone system silent ${suffix}`;
    await page.getByLabel('Title', { exact: true }).fill(declaredTitle);
    await page.getByLabel('Severity').selectOption('SEV1');
    await page.getByRole('checkbox', { name: `Order database ${suffix}` }).check();
    await page.getByRole('button', { name: 'Declare incident' }).last().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: declaredTitle }).waitFor();

    const plan = page.getByRole('region', { name: 'Recovery plan' });
    await plan.locator('summary').filter({ hasText: 'Add a recovery task' }).click();
    for (const [title, after] of [
      ['Restore order data from backup', null],
      ['Answer waiting e-mails', 'Restore order data from backup'],
    ]) {
      await plan.getByLabel('Task', { exact: true }).fill(title);
      if (after) await plan.getByRole('checkbox', { name: after }).check();
      await plan.getByRole('button', { name: 'Add task' }).click();
      await plan.locator('.task__title').filter({ hasText: title }).waitFor();
    }
    const titles = await plan.locator('.task__title').allInnerTexts();
    assert.deepEqual(titles.slice(0, 2), [
      'Restore order data from backup',
      'Answer waiting e-mails',
    ]);
    await plan
      .getByRole('group', { name: 'Restore order data from backup' })
      .getByRole('button', { name: 'In progress' })
      .click();
    await plan.locator('.task--in_progress').waitFor();
    const firstTask = plan.locator('.task').first();
    await firstTask.locator('summary').filter({ hasText: 'Place by hand' }).click();
    await firstTask.getByLabel('Rank (1 = first)').fill('1');
    await firstTask.getByLabel('Reason').fill('Nothing ships without order data');
    await firstTask.getByRole('button', { name: 'Place', exact: true }).click();
    await plan.getByText('Order set by hand: Nothing ships without order data').waitFor();

    const messages = page.getByRole('region', { name: 'Customer communication' });
    await messages.getByRole('button', { name: 'Draft an update' }).click();
    const subject = messages.getByLabel('Subject');
    await subject.waitFor();
    assert.notEqual(await subject.inputValue(), '', 'the template pre-fills the subject');
    await messages.getByRole('button', { name: 'Approve' }).click();
    await messages.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publish' }).click();
    await messages.locator('.communication--published').waitFor();
    await page
      .getByRole('list', { name: 'Timeline' })
      .locator('[data-visibility="PUBLIC"]')
      .first()
      .waitFor();
    await assertAccessible(page, 'incident page with plan and messages');
  });
});
