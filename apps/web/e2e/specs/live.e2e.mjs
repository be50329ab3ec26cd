// Issue 6: the overview and the incident page update live, without a reload.
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
  postUpdate,
  uniqueSuffix,
} from '../support.mjs';

describe('live updates', () => {
  let browser;
  let admin;
  let support;
  before(async () => {
    browser = await launchBrowser();
    admin = await apiToken(demoUsers.admin);
    support = await apiToken(demoUsers.support);
  });
  after(async () => {
    await browser?.close();
  });

  it('shows a newly declared incident on an open overview and a new update on an open incident', async () => {
    const suffix = uniqueSuffix();
    const serviceKey = await createService(admin, {
      key: `live-${suffix}`,
      name: `Live ${suffix}`,
    });
    const page = await newPage(browser);
    // The incident page subscribes after it renders; posting before the subscription reached
    // the server would test the race, not the live update. Note when the subscribe frame leaves.
    let incidentSubscribed;
    const incidentSubscription = new Promise((resolve) => (incidentSubscribed = resolve));
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => {
        if (
          String(payload).includes('"subscribe"') &&
          String(payload).includes('incidentChanged')
        ) {
          incidentSubscribed();
        }
      });
    });
    await logIn(page, demoUsers.management);
    await page.getByRole('heading', { level: 1, name: 'Situation picture' }).waitFor();
    await page.waitForLoadState('networkidle');
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    const title = `Mail server unreachable ${suffix}`;
    const incident = await declareIncident(support, {
      title,
      severity: 'SEV2',
      serviceKey,
      startedAt: minutesAgo(5),
    });
    await page
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();

    await page
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: incident.ref }).waitFor();
    await incidentSubscription;
    // One round trip for the server to register the subscription.
    await page.waitForTimeout(300);
    const body = `Mail server restarted, checking queues (${suffix}).`;
    await postUpdate(support, incident.id, body, 'PUBLIC');
    await page.getByRole('list', { name: 'Timeline' }).getByText(body).waitFor();
    assert.equal(navigations, 1, 'only the click navigated; nothing was reloaded');
  });
});
