// Offline capture: a support person uploads the paper notes as a CSV, sees the line that is
// wrong, fixes it and imports the file; the backlog's count follows.
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
  saveScreenshot,
  uniqueSuffix,
} from '../support.mjs';

/** A moment `hoursAgo` before now as written on paper in Berlin: `26.11.2026 14:30`. */
function typed(hoursAgo) {
  const parts = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - hoursAgo * 3_600_000));
  const part = (type) => parts.find((entry) => entry.type === type).value;
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`;
}

describe('import from paper', () => {
  let browser;
  const suffix = uniqueSuffix();
  const name = `Orders on paper ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    const support = await apiToken(demoUsers.support);
    await mustGraphql(
      support,
      'mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
      { input: { key: `paper-${suffix}`, name, unit: 'orders', promiseHours: 48 } },
    );
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the wrong line of an uploaded file, then imports the corrected file once', async () => {
    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto('/backlogs');
    const card = page.getByRole('region', { name });
    await card.waitFor();
    await card.getByText('Import from paper').click();

    const header = 'Referenz;Eingegangen;Fällig;Erledigt';
    const broken = [
      header,
      `A-1;${typed(30)};;`,
      'A-2;gestern früh;;',
      `A-3;${typed(20)};;${typed(2)}`,
    ];
    await card.getByLabel('CSV file').setInputFiles({
      name: 'zettel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${broken.join('\r\n')}`, 'utf8'),
    });
    await card.getByLabel('Content of zettel.csv').waitFor();
    await card.getByRole('button', { name: 'Check' }).click();
    const problems = card.getByRole('alert');
    await problems.getByText('1 problem; nothing was written:').waitFor();
    await problems
      .getByText(/^Line 3, receivedAt: "gestern früh" is not a date and time/)
      .waitFor();
    assert.equal(
      await card.getByRole('button', { name: 'Import' }).isDisabled(),
      true,
      'a file with a problem cannot be imported',
    );
    await card.scrollIntoViewIfNeeded();
    await problems.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'capture');

    const fixed = [...broken];
    fixed[2] = `A-2;${typed(29)};;`;
    await card.getByLabel('CSV file').setInputFiles({
      name: 'zettel-korrigiert.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixed.join('\r\n'), 'utf8'),
    });
    await card.getByRole('button', { name: 'Check' }).click();
    await card.getByText('Ready: 3 rows, 3 new, 0 changed, 0 already there.').waitFor();
    await card.getByRole('button', { name: 'Import' }).click();
    await card.getByText('Imported: 3 rows, 3 new, 0 changed, 0 already there.').waitFor();
    await card.getByRole('group', { name: 'Open' }).getByText('2', { exact: true }).waitFor();
    assert.equal(
      await card.getByRole('button', { name: 'Import' }).isDisabled(),
      true,
      'an imported file needs a new check before it is sent again',
    );

    // The same file again changes nothing.
    await card.getByRole('button', { name: 'Check' }).click();
    await card.getByText('Ready: 3 rows, 0 new, 0 changed, 3 already there.').waitFor();
    await assertAccessible(page, 'backlog with the import panel open');
    assert.deepEqual(page.consoleErrors, []);
  });
});
