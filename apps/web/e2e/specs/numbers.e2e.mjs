// Issue 14, item 3: numbers that agree. On a German screen every number is written the German
// way ("1.200", never "1200" or "1,200"), a date not of this year carries its year, "will miss"
// is worded apart from "already missed", and a backlog with counts only says it does not know.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiToken,
  createService,
  declareIncident,
  demoUsers,
  launchBrowser,
  logIn,
  mustGraphql,
  newPage,
  uniqueSuffix,
} from '../support.mjs';

const HOUR = 3_600_000;
const hoursAgo = (hours) => new Date(Date.now() - hours * HOUR).toISOString();

describe('numbers and words on German screens', () => {
  let browser;
  let incident;
  const suffix = uniqueSuffix();
  const callsName = `Rückrufe ${suffix}`;
  const ordersName = `Bestellungen ${suffix}`;

  before(async () => {
    browser = await launchBrowser();
    const support = await apiToken(demoUsers.support);
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `lager-${suffix}`,
      name: `Lager ${suffix}`,
    });
    // Started last year: its dates must say which year.
    incident = await declareIncident(support, {
      title: `Lager steht ${suffix}`,
      severity: 'SEV2',
      serviceKey,
      startedAt: `${new Date().getUTCFullYear() - 1}-11-20T09:00:00.000Z`,
    });
    const createBacklog = (key, name) =>
      mustGraphql(
        support,
        'mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
        {
          input: {
            key,
            name,
            unit: 'Vorgänge',
            promiseHours: 24,
            staff: 1,
            itemsPerStaffHour: 1,
            incidentId: incident.id,
          },
        },
      );
    // Counts only: nobody knows how many will miss the 24 h promise.
    await createBacklog(`calls-${suffix}`, callsName);
    await mustGraphql(
      support,
      'mutation ($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }',
      {
        input: {
          backlogKey: `calls-${suffix}`,
          open: 3512,
          at: hoursAgo(1),
          idempotencyKey: `calls-${suffix}`,
        },
      },
    );
    // 1,200 orders, each already past its due time: all of them will be done late.
    await createBacklog(`orders-${suffix}`, ordersName);
    await mustGraphql(
      support,
      'mutation ($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }',
      {
        input: {
          backlogKey: `orders-${suffix}`,
          idempotencyKey: `orders-${suffix}`,
          items: Array.from({ length: 1200 }, (_, index) => ({
            externalRef: `B-${index}`,
            receivedAt: hoursAgo(72),
            dueAt: hoursAgo(48),
          })),
        },
      },
    );
  });
  after(async () => {
    await browser?.close();
  });

  it('writes counts the German way and says "unknown" for a backlog with counts only', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto('/backlogs');
    const orders = page.getByRole('region', { name: ordersName });
    const calls = page.getByRole('region', { name: callsName });
    await orders
      .getByText('1.200 offene Vorgänge werden nach der zugesagten Zeit erledigt')
      .waitFor();
    const callsText = await calls.innerText();
    assert.match(callsText, /Unbekannt, wie viele die Zusage verfehlen/);
    assert.doesNotMatch(callsText, /\b0 (offene )?Vorgänge/);
    assert.match(callsText, /3\.512/);
    for (const text of [await orders.innerText(), callsText]) {
      assert.doesNotMatch(text, /\b1200\b|\b1,200\b|\b3512\b|\b3,512\b/);
    }
  });

  it('has the recovery plan and the backlog forecast agree on when 45 hours of work end', async () => {
    const support = await apiToken(demoUsers.support);
    const serviceKey = await createService(await apiToken(demoUsers.admin), {
      key: `mail-${suffix}`,
      name: `Mail ${suffix}`,
    });
    const mails = await declareIncident(support, {
      title: `Mail down ${suffix}`,
      severity: 'SEV3',
      serviceKey,
    });
    // 45 e-mails at one per working hour, and a task estimated at 45 working hours.
    await mustGraphql(
      support,
      'mutation ($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
      {
        input: {
          key: `mails-${suffix}`,
          name: `Mails ${suffix}`,
          unit: 'e-mails',
          staff: 1,
          itemsPerStaffHour: 1,
          arrivalRatePerHour: 0,
          incidentId: mails.id,
        },
      },
    );
    await mustGraphql(
      support,
      'mutation ($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }',
      {
        input: {
          backlogKey: `mails-${suffix}`,
          open: 45,
          at: new Date().toISOString(),
          idempotencyKey: `mails-${suffix}`,
        },
      },
    );
    await mustGraphql(
      support,
      'mutation ($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { id } }',
      { input: { incidentId: mails.id, title: 'Answer the e-mails', estimateMinutes: 45 * 60 } },
    );

    const page = await newPage(browser);
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${mails.ref}`);
    const summary = page.locator('.plan-summary');
    await summary.waitFor();
    const planEnds = /^Expected done (.+?) \(/.exec(await summary.innerText())?.[1];
    const backlogLine = page.locator('.backlog-list__item').filter({ hasText: `Mails ${suffix}` });
    const clears = /clears (.+)$/m.exec(await backlogLine.innerText())?.[1];
    assert.ok(planEnds, 'the plan shows when it ends');
    assert.equal(planEnds, clears?.trim());
  });

  it('names "will be done late" apart from "already missed" and dates last year with its year', async () => {
    const page = await newPage(browser, { locale: 'de-DE' });
    await logIn(page, demoUsers.support);
    await page.goto(`/incidents/${incident.ref}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: incident.ref }).waitFor();
    const lastYear = String(new Date().getFullYear() - 1);
    assert.match(await page.locator('.facts').innerText(), new RegExp(lastYear));
    const main = await page.locator('main').innerText();
    assert.match(main, /1\.200 offene Vorgänge werden nach der zugesagten Zeit erledigt/);
    assert.doesNotMatch(main, /1\.200 Zusagen/);
    assert.doesNotMatch(main, /\b1200\b|\b1,200\b/);
  });
});
