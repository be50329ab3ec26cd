import { type Audit, type AuditResult, serverAudits } from 'graphql-http';
import { describeEachDatabase } from './support/test-app';

/**
 * SHOULD and MAY recommendations of the GraphQL-over-HTTP spec the API does not follow today,
 * by audit id and grouped by cause. A change in either direction fails the last test, so the
 * list stays true.
 */
const KNOWN_DEVIATIONS: Record<string, readonly string[]> = {
  // Answers are always `application/json`, also to clients that accept the newer media type.
  'no application/graphql-response+json responses': [
    '22EB',
    '865D',
    '556A',
    'D586',
    '51FE',
    '74FF',
    '5E5B',
    '86EE',
  ],
  // Malformed requests (wrong parameter types, missing or unparsable body, mutation over GET)
  // are answered 200 with INTERNAL_SERVER_ERROR by the error formatter instead of 4xx.
  'malformed requests answered 200': [
    '4760',
    '4763',
    '8764',
    '9C48',
    '9ABE',
    'A5BF',
    '423L',
    'LKJ0',
    'LKJ1',
    'LKJ2',
    '6C00',
    '6C03',
    '58B0',
    '58B1',
    '58B2',
    '58B3',
    'B6DC',
    'BCF8',
    '3E3A',
  ],
  // Mercurius coerces scalars (a number or boolean where a string or map belongs) and runs the
  // query; an array `query` is joined into a string and fails to parse, answered 200.
  'lenient parameter types': ['4761', '4762', '6C01', '6C02', 'LKJ3'],
};

const isMust = (audit: Audit): boolean => audit.name.startsWith('MUST');

async function explain(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  const body = await result.response.text().catch(() => '');
  return `${result.status}: ${result.reason} (HTTP ${result.response.status}: ${body.slice(0, 300)})`;
}

describeEachDatabase('GraphQL over HTTP (the graphql-http server audits)', (use) => {
  const audits = serverAudits({ url: () => `${use().url}/graphql`, fetchFn: fetch });

  for (const audit of audits.filter(isMust)) {
    it(`passes ${audit.id}: ${audit.name}`, async () => {
      expect(await explain(await audit.fn())).toBe('ok');
    });
  }

  it('fails no SHOULD or MAY audit beyond the known deviations, and passes all others', async () => {
    const known = new Set(Object.values(KNOWN_DEVIATIONS).flat());
    const unexpected: Record<string, string> = {};
    const nowPassing: string[] = [];
    for (const audit of audits.filter((candidate) => !isMust(candidate))) {
      const outcome = await explain(await audit.fn());
      if (outcome !== 'ok' && !known.has(audit.id)) {
        unexpected[audit.id] = `${audit.name} -> ${outcome}`;
      }
      if (outcome === 'ok' && known.has(audit.id)) nowPassing.push(`${audit.id}: ${audit.name}`);
    }
    expect({ unexpected, nowPassing }).toEqual({ unexpected: {}, nowPassing: [] });
  });
});
