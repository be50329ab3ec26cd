// Issue 14, item 9: the owner's questions answered where the owner looks. The overview shows
// what is done first and why (the ranked plan's top three), the incident page its metrics (time
// to the first public word, the longest silence, RTO met or missed per service), and admins read
// the audit log in the dashboard, filtered by entity, actor and time, page by page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoUsers, launchBrowser, logIn, newPage } from '../support.mjs';

describe("the owner's view", () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows on the overview the top three of each active plan with their reasons', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.goto('/');
    const card = page.getByRole('region', { name: 'What is done first' });
    const plan = card.locator('.first-tasks').first();
    await plan.waitFor();
    const tasks = plan.locator('.first-tasks__task');
    const count = await tasks.count();
    assert.ok(count >= 1 && count <= 3, `${count} tasks shown`);
    assert.match(await tasks.first().innerText(), /^1\./);
    assert.ok((await tasks.first().locator('.first-tasks__reasons li').count()) >= 1);
  });

  it('shows the incident metrics: first public word, longest silence, RTO met or missed', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.management);
    await page.goto('/incidents/INC-0001');
    const metrics = page.getByRole('region', { name: 'Incident metrics' });
    await metrics.waitFor();
    const text = await metrics.innerText();
    assert.match(text, /Time to the first public word/);
    assert.match(text, /Longest silence/);
    assert.match(text, /RTO (met|missed|running|breached)/);
  });

  it('lets an admin read the audit log, filter it by entity, actor and time, and page on', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.admin);
    await page.goto('/settings');
    const log = page.getByRole('region', { name: 'Audit log' });
    const rows = log.locator('tbody tr');
    await rows.first().waitFor();

    await log.getByLabel('Entity').selectOption('Service');
    await log.getByRole('button', { name: 'Filter' }).click();
    await log.locator('tbody tr[data-entity-type="Service"]').first().waitFor();
    const types = await rows.evaluateAll((all) => all.map((row) => row.dataset.entityType));
    assert.ok(types.length > 0 && types.every((type) => type === 'Service'), types.join(','));

    await log.getByLabel('Entity').selectOption('');
    await log.getByLabel('Actor').fill('nobody-at-all@example.com');
    await log.getByRole('button', { name: 'Filter' }).click();
    await log.getByText('No entries match.').waitFor();

    await log.getByLabel('Actor').fill('');
    await log.getByLabel('Until').fill('2000-01-01');
    await log.getByRole('button', { name: 'Filter' }).click();
    await log.getByText('No entries match.').waitFor();

    await log.getByLabel('Until').fill('');
    await log.getByRole('button', { name: 'Filter' }).click();
    await rows.first().waitFor();
    const firstPage = await rows.count();
    assert.equal(firstPage, 25);
    await log.getByRole('button', { name: 'Show more' }).click();
    await log.locator('tbody tr').nth(25).waitFor();
  });
});
