// Issue 6: capacity what-if answers at once; saving the capacity moves the forecast.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  assertAccessible,
  demoUsers,
  launchBrowser,
  logIn,
  mustGraphql,
  newPage,
  uniqueSuffix,
  waitForChange,
} from '../support.mjs';

const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

describe('backlogs page', () => {
  let browser;
  const suffix = uniqueSuffix();
  const name = `Unanswered e-mails ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    const support = await apiToken(demoUsers.support);
    const key = `emails-${suffix}`;
    await mustGraphql(
      support,
      'mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
      {
        input: {
          key,
          name,
          unit: 'e-mails',
          promiseHours: 24,
          staff: 2,
          itemsPerStaffHour: 10,
          arrivalRatePerHour: 5,
          calendar: { timeZone: 'Europe/Berlin', workingHours: allWeek },
        },
      },
    );
    const hour = 3_600_000;
    for (const [hoursAgo, open] of [
      [48, 3500],
      [24, 3300],
      [1, 3000],
    ]) {
      await mustGraphql(
        support,
        'mutation ($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }',
        {
          input: {
            backlogKey: key,
            at: new Date(Date.now() - hoursAgo * hour).toISOString(),
            open,
            idempotencyKey: `${key}-${hoursAgo}`,
          },
        },
      );
    }
  });
  after(async () => {
    await browser?.close();
  });

  it('answers a what-if at once and moves the forecast when capacity is saved', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto('/backlogs');
    const card = page.getByRole('region', { name });
    await card.waitFor();
    const clears = card.getByRole('group', { name: 'Clears' });
    const before = await clears.innerText();
    assert.doesNotMatch(before, /Does not clear/);

    await card.getByLabel('People working on it').fill('6');
    await card
      .getByTestId('what-if')
      .getByText(/With 6 people: clears/)
      .waitFor();
    assert.equal(await clears.innerText(), before, 'a what-if changes nothing yet');

    await card.getByRole('button', { name: 'Save capacity' }).click();
    await card.getByRole('status').filter({ hasText: 'Capacity saved.' }).waitFor();
    const after = await waitForChange(() => clears.innerText(), before);
    assert.notEqual(after, before, 'the saved capacity moved the forecast');
    await assertAccessible(page, 'backlogs page');

    await card.getByRole('button', { name: 'Accept what is left' }).click();
    await card.getByText('Accepted as is').waitFor();
    await card.getByRole('button', { name: 'Take acceptance back' }).waitFor();
  });
});
