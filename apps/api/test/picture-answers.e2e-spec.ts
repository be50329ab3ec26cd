import { PictureAnswers } from '../src/situation-picture/picture-answers';
import { startTestApp, type TestApp } from './support/test-app';
import { authHeadersFor, type TestIdentity } from './support/test-auth';

/** The part of the dashboard's overview query these tests read. */
const OVERVIEW = `query Overview {
  overview {
    activeIncidentCount
    activeIncidents { incident { ref title } }
    servicesNotOperational { serviceKey }
  }
}`;

const STATUS_PAGE = `{ statusPage { indicator activeIncidents { title } } }`;

interface RawAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

async function post(
  app: TestApp,
  body: Record<string, unknown>,
  as: TestIdentity,
  extraHeaders: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await authHeadersFor(app, as)),
      ...extraHeaders,
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

describe('answers of the kept pictures, rendered once per picture', () => {
  let app: TestApp;
  let answers: PictureAnswers;

  beforeAll(async () => {
    // Without the minute tick: a recomputation between two reads would make the second one
    // render again, and these tests count the reads answered with kept bytes.
    const noTick = { coalesceMs: 200, tickMs: 2_147_483_647 };
    app = await startTestApp('sqlite', { picture: noTick });
    answers = app.app.get(PictureAnswers);
    await app.gqlOk(
      `mutation { createService(input: { key: "shop", name: "Shop", tier: 1, rtoMinutes: 60, rpoMinutes: 0 }) { key } }`,
    );
  });

  afterAll(async () => {
    await app.close();
  });

  /** How many of the requests `work` sends are answered with kept bytes. */
  async function fromMemoryDuring(work: () => Promise<unknown>): Promise<number> {
    const before = answers.answeredFromMemory;
    await work();
    return answers.answeredFromMemory - before;
  }

  it('answers the same document with the same bytes, from memory after the first', async () => {
    const first = await post(app, { query: OVERVIEW }, 'VIEWER');
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({
      data: {
        overview: { activeIncidentCount: 0, activeIncidents: [], servicesNotOperational: [] },
      },
    });

    let second: RawAnswer | undefined;
    expect(
      await fromMemoryDuring(async () => {
        second = await post(app, { query: OVERVIEW, variables: {} }, 'ADMIN');
      }),
    ).toBe(1);
    expect(second).toEqual(first);
  });

  it('shows a committed write to the very next read', async () => {
    await post(app, { query: OVERVIEW }, 'VIEWER');
    await post(app, { query: STATUS_PAGE }, 'anonymous');

    await app.gqlOk(
      `mutation { declareIncident(input: { title: "Shop down", severity: SEV1, impacts: [{ serviceKey: "shop", status: MAJOR_OUTAGE }] }) { ref } }`,
      {},
      { as: 'RESPONDER' },
    );

    const after = JSON.parse((await post(app, { query: OVERVIEW }, 'VIEWER')).text) as {
      data: { overview: { activeIncidentCount: number; servicesNotOperational: unknown[] } };
    };
    expect(after.data.overview.activeIncidentCount).toBe(1);
    expect(after.data.overview.servicesNotOperational).toEqual([{ serviceKey: 'shop' }]);
    // The status page's answer is rendered again too (its indicator follows the outage).
    const status = JSON.parse((await post(app, { query: STATUS_PAGE }, 'anonymous')).text) as {
      data: { statusPage: { indicator: string } };
    };
    expect(status.data.statusPage.indicator).not.toBe('none');
    // Kept again for the next readers (once the new picture has been rendered), the same bytes.
    const rendered = (await post(app, { query: OVERVIEW }, 'VIEWER')).text;
    const again: string[] = [];
    const served = await fromMemoryDuring(async () => {
      for (let round = 0; round < 2; round += 1) {
        again.push((await post(app, { query: OVERVIEW }, 'VIEWER')).text);
      }
    });
    expect(served).toBeGreaterThanOrEqual(1);
    expect(again).toEqual([rendered, rendered]);
  });

  it('still refuses callers who may not read the overview', async () => {
    await post(app, { query: OVERVIEW }, 'VIEWER');
    const anonymous = await post(app, { query: OVERVIEW }, 'anonymous');
    expect(JSON.parse(anonymous.text)).toMatchObject({
      data: null,
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const forged = await post(app, { query: OVERVIEW }, 'anonymous', {
      authorization: 'Bearer not-a-token',
    });
    expect(JSON.parse(forged.text)).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('executes what reaches beyond the picture: resolvers below it, arguments, variables', async () => {
    const beyond = [
      // Communication debt of an incident has a resolver of its own.
      {
        query: `{ overview { activeIncidents { incident { ref communicationDebt { cadenceMinutes } } } } }`,
      },
      { query: `{ overview(asOf: "${new Date().toISOString()}") { activeIncidentCount } }` },
      {
        query: `query ($asOf: DateTime) { overview(asOf: $asOf) { activeIncidentCount } }`,
        variables: { asOf: null },
      },
      { query: `{ overview { activeIncidentCount } services { key } }` },
    ];
    for (const body of beyond) {
      const served = await fromMemoryDuring(async () => {
        for (let round = 0; round < 2; round += 1) {
          const answer = await post(app, body, 'VIEWER');
          expect(answer.status).toBe(200);
          expect(JSON.parse(answer.text)).not.toHaveProperty('errors');
        }
      });
      expect({ query: body.query, served }).toEqual({ query: body.query, served: 0 });
    }
  });

  it('keeps no answer that carried errors', async () => {
    const query = `{ overview { activeIncidentCount } statusPage { indicator } }`;
    const refused = await post(app, { query }, 'anonymous');
    expect(JSON.parse(refused.text)).toHaveProperty('errors');
    const again = await post(app, { query }, 'anonymous');
    expect(JSON.parse(again.text)).toHaveProperty('errors');
    expect(await fromMemoryDuring(() => post(app, { query }, 'VIEWER'))).toBe(0);
    expect(await fromMemoryDuring(() => post(app, { query }, 'VIEWER'))).toBe(1);
  });
});
