// Issue 14, item 2: two people edit the same record in two tabs. The later save must not
// silently undo the earlier one: it is refused as a conflict that says what changed and offers
// "keep mine" / "take theirs".
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
  mustGraphql,
  newPage,
  uniqueSuffix,
} from '../support.mjs';

describe('concurrent edits in two tabs', () => {
  let browser;
  let support;
  let incident;
  const suffix = uniqueSuffix();
  const title = `Checkout down ${suffix}`;
  const backlogName = `Orders to reconstruct ${suffix}`;
  const backlogKey = `orders-${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    support = await apiToken(demoUsers.support);
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `checkout-${suffix}`,
      name: `Checkout ${suffix}`,
    });
    incident = await declareIncident(support, { title, severity: 'SEV2', serviceKey });
    await mustGraphql(
      support,
      'mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
      {
        input: {
          key: backlogKey,
          name: backlogName,
          unit: 'orders',
          staff: 2,
          itemsPerStaffHour: 10,
          arrivalRatePerHour: 1,
        },
      },
    );
  });
  after(async () => {
    await browser?.close();
  });

  /** Two people, each in their own browser tab, on the same page. */
  async function twoTabs(path) {
    const tabs = [];
    for (let index = 0; index < 2; index += 1) {
      const page = await newPage(browser);
      await logIn(page, demoUsers.support);
      await page.goto(path);
      tabs.push(page);
    }
    return tabs;
  }

  it('refuses a stale "Edit details" save, shows what changed and keeps both changes with "Keep mine"', async () => {
    const [a, b] = await twoTabs(`/incidents/${incident.ref}`);
    for (const page of [a, b]) {
      await page.getByRole('heading', { level: 1 }).filter({ hasText: incident.ref }).waitFor();
      await page.getByRole('button', { name: 'Edit details' }).click();
    }

    // B starts changing only the severity; meanwhile A saves a new summary.
    await b.getByLabel('Severity').selectOption('SEV1');
    await a.getByLabel('Summary').fill('Payment provider times out; orders are queued.');
    await a.getByRole('button', { name: 'Save' }).click();
    await a
      .locator('.incident-header__summary')
      .filter({ hasText: 'Payment provider times out' })
      .waitFor();

    await b.getByRole('button', { name: 'Save' }).click();
    const conflict = b.getByRole('alert').filter({ hasText: 'Someone else saved' });
    await conflict.waitFor();
    const text = await conflict.innerText();
    assert.match(text, /Summary/);
    assert.match(text, /Payment provider times out/);
    await assertAccessible(b, 'incident details with a conflict');

    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await b.locator('.incident-header__summary').waitFor();
    await b.getByRole('button', { name: 'Edit details' }).waitFor();

    const data = await mustGraphql(
      support,
      'query ($id: ID!) { incident(id: $id) { summary severity } }',
      { id: incident.id },
    );
    assert.equal(data.incident.summary, 'Payment provider times out; orders are queued.');
    assert.equal(data.incident.severity, 'SEV1');
  });

  it('refuses a stale capacity save and "Take theirs" shows the saved staff', async () => {
    const [a, b] = await twoTabs('/backlogs');
    const cardOf = (page) => page.getByRole('region', { name: backlogName });
    for (const page of [a, b]) await cardOf(page).getByLabel('People working on it').waitFor();

    // B starts typing a new rate; meanwhile A saves more staff.
    await cardOf(b).getByLabel('Items per person and hour').fill('12');
    await cardOf(a).getByLabel('People working on it').fill('4');
    await cardOf(a).getByRole('button', { name: 'Save capacity' }).click();
    await cardOf(a).getByRole('status').waitFor();

    await cardOf(b).getByRole('button', { name: 'Save capacity' }).click();
    const conflict = cardOf(b).getByRole('alert').filter({ hasText: 'Someone else saved' });
    await conflict.waitFor();
    // The notice first says it is loading what was saved; the changes follow with the reload.
    await conflict.locator('.conflict__changes').waitFor();
    assert.match(await conflict.innerText(), /People working on it/);

    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    assert.equal(await cardOf(b).getByLabel('People working on it').inputValue(), '4');
    assert.equal(await cardOf(b).getByLabel('Items per person and hour').inputValue(), '10');
    assert.equal(await conflict.count(), 0);

    const data = await mustGraphql(
      support,
      'query ($key: String!) { backlog(key: $key) { capacity { staff itemsPerStaffHour } } }',
      { key: backlogKey },
    );
    assert.deepEqual(data.backlog.capacity, { staff: 4, itemsPerStaffHour: 10 });
  });
});
