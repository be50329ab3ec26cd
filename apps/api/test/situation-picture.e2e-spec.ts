import { randomBytes } from 'node:crypto';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/bootstrap';
import { Clock } from '../src/common/clock';
import { loadConfig } from '../src/config/config';
import { SituationPictures } from '../src/situation-picture/situation-pictures.service';
import { overviewPicture, statusPicture } from './support/pictures';
import { describeEachDatabase, startTestApp, type TestApp } from './support/test-app';
import { authHeadersFor } from './support/test-auth';

const REDIS_URL = process.env['LAGEBILD_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const MINUTE = 60_000;

/** Topics of its own, so runs of other suites on the same Redis are not heard. */
const uniquePrefix = () => `test-${randomBytes(6).toString('hex')}.`;

const OVERVIEW = `{
  overview {
    asOf
    activeIncidentCount
    servicesNotOperational { serviceKey rtoPassed }
    backlogs { totalOpen }
    overdueCommunications { incident { ref } debt { overdueMinutes } }
  }
}`;

interface Overview {
  asOf: string;
  activeIncidentCount: number;
  servicesNotOperational: { serviceKey: string; rtoPassed: boolean }[];
  backlogs: { totalOpen: number };
  overdueCommunications: { incident: { ref: string }; debt: { overdueMinutes: number } }[];
}

const STATUS_PAGE = `{ statusPage { indicator activeIncidents { title updates { body } } } }`;

interface StatusPage {
  indicator: string;
  activeIncidents: { title: string; updates: { body: string }[] }[];
}

async function overviewOf(app: TestApp): Promise<Overview> {
  return (await app.gqlOk<{ overview: Overview }>(OVERVIEW, {}, { as: 'VIEWER' })).overview;
}

async function createService(app: TestApp, key: string, rtoMinutes = 240): Promise<void> {
  await app.gqlOk(
    `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
    { input: { key, name: key, tier: 1, rtoMinutes, rpoMinutes: 0 } },
  );
}

/** Declares a SEV1 outage of `serviceKey` and says so in public; returns the incident's ref. */
async function declareOutage(
  app: TestApp,
  title: string,
  serviceKey: string,
  nextUpdateAt?: Date,
): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string; ref: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id ref } }`,
    {
      // The public reads the public title (the internal one never reaches it).
      input: {
        title: `${title} (internal)`,
        publicTitle: title,
        severity: 'SEV1',
        impacts: [{ serviceKey, status: 'MAJOR_OUTAGE' }],
      },
    },
    { as: 'RESPONDER' },
  );
  await app.gqlOk(
    `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
    {
      input: {
        incidentId: declareIncident.id,
        body: `${title}: we are on it`,
        visibility: 'PUBLIC',
        ...(nextUpdateAt ? { nextUpdateAt: nextUpdateAt.toISOString() } : {}),
      },
    },
    { as: 'RESPONDER' },
  );
  return declareIncident.ref;
}

/** Fails instead of hanging when `promise` does not settle soon (a read that should not wait). */
function soon<T>(promise: Promise<T>, what: string, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** SQL statements `work` sends beyond what signing in costs a request. */
async function statementsOf(app: TestApp, work: () => Promise<unknown>): Promise<number> {
  app.queries.reset();
  await app.gqlOk('{ __typename }', {}, { as: 'VIEWER' });
  const signIn = app.queries.statements;
  app.queries.reset();
  await work();
  return app.queries.statements - signIn;
}

describeEachDatabase(
  'the situation pictures kept current on write',
  (use) => {
    beforeAll(async () => {
      await createService(use(), 'phone-system');
    });

    it('shows a committed write to the next read of every resource', async () => {
      const app = use();
      // Both pictures exist before the write.
      expect((await overviewOf(app)).activeIncidentCount).toBe(0);
      await fetch(`${app.url}/api/v2/summary.json`);

      await declareOutage(app, 'Phones down', 'phone-system');

      const overview = await overviewOf(app);
      expect(overview.activeIncidentCount).toBe(1);
      expect(overview.servicesNotOperational.map((outage) => outage.serviceKey)).toEqual([
        'phone-system',
      ]);
      const { statusPage } = await app.gqlOk<{ statusPage: StatusPage }>(
        STATUS_PAGE,
        {},
        { as: 'anonymous' },
      );
      expect(statusPage.activeIncidents).toEqual([
        { title: 'Phones down', updates: [{ body: 'Phones down: we are on it' }] },
      ]);
      const summary = (await (await fetch(`${app.url}/api/v2/summary.json`)).json()) as {
        incidents: { name: string }[];
      };
      expect(summary.incidents.map((incident) => incident.name)).toEqual(['Phones down']);
      expect(await (await fetch(`${app.url}/status/feed.atom`)).text()).toContain(
        'Phones down: we are on it',
      );
    });

    it('answers a read of a current picture without any SQL statement', async () => {
      const app = use();
      await overviewOf(app);
      expect(await statementsOf(app, () => overviewOf(app))).toBe(0);
      // The public page signs nobody in either.
      for (let round = 0; round < 2; round += 1) {
        app.queries.reset();
        await app.gqlOk(STATUS_PAGE, {}, { as: 'anonymous' });
        expect(app.queries.statements).toBe(0);
      }
      // The public resources sign nobody in: not a single statement.
      for (const path of ['/api/v2/summary.json', '/status/feed.atom']) {
        app.queries.reset();
        expect((await fetch(`${app.url}${path}`)).status).toBe(200);
        expect(app.queries.statements).toBe(0);
      }
    });

    it('gives readers the previous picture at once while a slow recomputation runs', async () => {
      const app = use();
      const pictures = app.app.get(SituationPictures);
      const overview = overviewPicture(app.app);
      const status = statusPicture(app.app);
      await pictures.settled();
      const before = await overviewOf(app);
      app.queries.reset();
      await app.gqlOk('{ __typename }', {}, { as: 'VIEWER' });
      const signIn = app.queries.statements;

      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = () => undefined as void;
      const entered = new Promise<void>((resolve) => {
        started = resolve;
      });
      overview.hooks.beforeCompute = () => {
        started();
        return held;
      };
      status.hooks.beforeCompute = () => held;
      try {
        const next = overview.computed();
        pictures.tick();
        await entered;
        expect(overview.computing).toBe(true);
        app.queries.reset();
        const during = await soon(overviewOf(app), 'the overview');
        expect(during).toEqual(before);
        expect((await soon(fetch(`${app.url}/api/v2/summary.json`), 'summary.json')).status).toBe(
          200,
        );
        // Only signing the viewer in: the held recomputation has not read anything yet.
        expect(app.queries.statements).toBe(signIn);

        release();
        const after = await next;
        expect(after.asOf.getTime()).toBeGreaterThan(new Date(before.asOf).getTime());
        expect((await overviewOf(app)).asOf).toBe(after.asOf.toISOString());
      } finally {
        overview.hooks.beforeCompute = undefined;
        status.hooks.beforeCompute = undefined;
        release();
      }
    });

    it('covers a burst of 100 writes with a handful of recomputations, one at a time', async () => {
      const app = use();
      await app.gqlOk(
        `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
        {
          input: { key: 'burst', name: 'Burst', unit: 'e-mail', staff: 1, itemsPerStaffHour: 1 },
        },
        { as: 'RESPONDER' },
      );
      const pictures = app.app.get(SituationPictures);
      await pictures.settled();
      const stores = [overviewPicture(app.app), statusPicture(app.app)] as const;
      const counted = stores.map((store) => store.recomputations);
      let active = 0;
      let maxActive = 0;
      for (const store of stores) {
        store.hooks.beforeCompute = () => {
          active += 1;
          maxActive = Math.max(maxActive, active);
        };
        store.hooks.afterCompute = () => {
          active -= 1;
        };
      }
      try {
        const now = Date.now();
        await Promise.all(
          Array.from({ length: 100 }, (_, index) =>
            app.gqlOk(
              `mutation S($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
              {
                input: {
                  backlogKey: 'burst',
                  open: index + 1,
                  at: new Date(now - (100 - index) * 1000).toISOString(),
                  idempotencyKey: `burst-${index}`,
                },
              },
              { as: 'RESPONDER' },
            ),
          ),
        );
        expect((await overviewOf(app)).backlogs.totalOpen).toBe(100);
        await pictures.settled();
      } finally {
        for (const store of stores) store.hooks = {};
      }
      const recomputations = stores.map(
        (store, index) => store.recomputations - (counted[index] ?? 0),
      );
      for (const count of recomputations) {
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(15);
      }
      // Both pictures may compute at once; each one never overlaps itself.
      expect(maxActive).toBeLessThanOrEqual(stores.length);
    });
  },
  { liveTopicPrefix: uniquePrefix() },
);

describe('the minute tick', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A tick each second stands in for each minute; the clock is moved by minutes.
    app = await startTestApp('sqlite', {
      liveTopicPrefix: uniquePrefix(),
      picture: { coalesceMs: 100, tickMs: 1_000 },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('turns communication debt overdue and passes RTOs without any write', async () => {
    await createService(app, 'label-printer', 10);
    const ref = await declareOutage(
      app,
      'Labels do not print',
      'label-printer',
      new Date(Date.now() + 5 * MINUTE),
    );
    const before = await overviewOf(app);
    expect(before.overdueCommunications).toEqual([]);
    expect(before.servicesNotOperational).toEqual([
      { serviceKey: 'label-printer', rtoPassed: false },
    ]);

    const clock = app.app.get(Clock);
    const later = new Date(Date.now() + 30 * MINUTE);
    const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(later));
    try {
      const picture = overviewPicture(app.app);
      // A tick already running may still show the real time; the next one shows the moved clock.
      let computed = await picture.computed();
      while (computed.asOf.getTime() < later.getTime()) computed = await picture.computed();

      const after = await overviewOf(app);
      expect(after.overdueCommunications).toEqual([
        { incident: { ref }, debt: { overdueMinutes: 25 } },
      ]);
      expect(after.servicesNotOperational).toEqual([
        { serviceKey: 'label-printer', rtoPassed: true },
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the pictures on two instances through Redis', () => {
  let first: TestApp;
  let second: NestFastifyApplication;
  let secondUrl: string;

  beforeAll(async () => {
    const defaults = loadConfig({});
    first = await startTestApp('postgres', {
      redisUrl: REDIS_URL,
      liveTopicPrefix: uniquePrefix(),
      auth: { ...defaults.auth, jwtSecret: randomBytes(32).toString('hex') },
    });
    second = await createApp(first.config, { quiet: true });
    await second.listen(0, '127.0.0.1');
    const address = second.getHttpServer().address();
    secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('recomputes on the instance that did not make the write', async () => {
    const headers = await authHeadersFor(first, 'VIEWER');
    const overviewOnSecond = async (): Promise<Overview> => {
      const response = await fetch(`${secondUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: OVERVIEW }),
      });
      return ((await response.json()) as { data: { overview: Overview } }).data.overview;
    };
    expect((await overviewOnSecond()).activeIncidentCount).toBe(0);
    const secondOverview = overviewPicture(second);
    const secondStatus = statusPicture(second);
    await second.get(SituationPictures).settled();
    const count = secondOverview.recomputations;
    let next = secondOverview.computed();

    await createService(first, 'web-shop');
    await declareOutage(first, 'Shop down', 'web-shop');

    // Nothing was written through the second instance, yet it recomputes: once per event that
    // reached it, until it shows the outage.
    let picture = await next;
    while (picture.activeIncidentCount === 0) {
      next = secondOverview.computed();
      picture = await next;
    }
    expect(secondOverview.recomputations).toBeGreaterThan(count);
    expect(picture.servicesNotOperational.map((outage) => outage.serviceKey)).toEqual(['web-shop']);
    expect((await overviewOnSecond()).activeIncidentCount).toBe(1);
    // The public word is the last event; once it arrived, the public page has it too.
    const summaryOnSecond = async () => (await fetch(`${secondUrl}/api/v2/summary.json`)).text();
    // Listening before each read: a picture computed in between is not missed.
    let computed = secondStatus.computed();
    while (!(await summaryOnSecond()).includes('Shop down: we are on it')) {
      await computed;
      computed = secondStatus.computed();
    }
  });
});
