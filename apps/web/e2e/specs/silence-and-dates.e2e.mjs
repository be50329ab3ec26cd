// Issue 14, items 4 and 6: while customers wait for a word, "tell customers" is not ranked last;
// a next update promised for 2099 is refused on its field instead of being shown as news.
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
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('the silence in the plan and promises at the edge', () => {
  let browser;
  let incident;
  const suffix = uniqueSuffix();
  const serviceName = `Warehouse scanners ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `scanners-${suffix}`,
      name: serviceName,
      tier: 3,
      rtoMinutes: 2880,
    });
    // SEV1 for three hours without a public word: a word is two hours overdue.
    incident = await declareIncident(await apiToken(demoUsers.support), {
      title: `Scanners down ${suffix}`,
      severity: 'SEV1',
      serviceKey,
      startedAt: minutesAgo(180),
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('ranks the task that tells customers above repair work while the incident is silent', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const plan = page.getByRole('region', { name: 'Recovery plan' });
    await plan.locator('summary').filter({ hasText: 'Add a recovery task' }).click();

    await plan.getByLabel('Task', { exact: true }).fill('Repair the scanners');
    await plan.getByLabel('Service').selectOption({ label: serviceName });
    await plan.getByRole('button', { name: 'Add task' }).click();
    await plan.locator('.task__title').filter({ hasText: 'Repair the scanners' }).waitFor();

    await plan.getByLabel('Task', { exact: true }).fill('Tell customers proactively');
    await plan.getByRole('checkbox', { name: /Tells customers/ }).check();
    await plan.getByRole('button', { name: 'Add task' }).click();
    await plan.locator('.task__title').filter({ hasText: 'Tell customers proactively' }).waitFor();

    assert.deepEqual((await plan.locator('.task__title').allInnerTexts()).slice(0, 2), [
      'Tell customers proactively',
      'Repair the scanners',
    ]);
    assert.match(await plan.locator('.task').first().innerText(), /Ends the silence/);
  });

  it('refuses a next update promised for 2099 on its field, and posts nothing', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const before = await timeline.locator('li').count();
    await page.getByLabel('What happened, what is next').fill('Scanners are being replaced.');
    await page.getByRole('radio', { name: 'Public' }).check();
    const nextUpdate = page.getByLabel('Next update promised by');
    await nextUpdate.fill('2099-01-01T12:00');
    await page.getByRole('button', { name: 'Post update' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    assert.equal(await nextUpdate.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('.form__field--invalid').innerText(), /30 days ahead of now/);
    assert.equal(await timeline.locator('li').count(), before);
  });
});
