import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import { estimateCost, MAX_QUERY_COMPLEXITY } from '../src/auth/query-limits';
import { describeEachDatabase, type GraphQLResponse, type TestApp } from './support/test-app';

/** Every query and mutation the dashboard sends, read from its generated document map. */
function dashboardDocuments(): string[] {
  const source = readFileSync(
    join(__dirname, '..', '..', 'web', 'src', 'lib', 'graphql', 'generated', 'gql.ts'),
    'utf8',
  );
  const block = source.slice(source.indexOf('type Documents = {'), source.indexOf('};'));
  return [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\./gm)].map(
    (match) => JSON.parse(match[1] ?? '""') as string,
  );
}

const codesOf = (result: GraphQLResponse<unknown>): string[] =>
  (result.errors ?? []).map((error) => error.extensions?.code ?? '');

async function anonymous(app: TestApp, query: string) {
  app.queries.reset();
  const result = await app.gql(query, {}, { as: 'anonymous' });
  return { result, statements: app.queries.statements };
}

describeEachDatabase('query cost: one request cannot occupy the server', (use) => {
  it('refuses 4,900 aliases of statusPage { indicator } before running any of them', async () => {
    const aliases = Array.from({ length: 4_900 }, (_, i) => `s${i}: statusPage { indicator }`);
    const { result, statements } = await anonymous(use(), `{ ${aliases.join(' ')} }`);
    expect(result.data ?? null).toBeNull();
    expect(codesOf(result)).toContain('QUERY_TOO_MANY_ALIASES');
    expect(statements).toBe(0);
  });

  it('refuses thousands of aliases before the standard GraphQL validation spends time on them', async () => {
    // Two fields under one response name: the standard validation would report the conflict.
    const aliases = Array.from({ length: 4_900 }, (_, i) => `s${i}: statusPage { indicator }`);
    const conflicting = `{ ${aliases.join(' ')} s0: services { key } }`;
    const { result } = await anonymous(use(), conflicting);
    expect(codesOf(result)).toEqual(['QUERY_TOO_MANY_ALIASES']);
  });

  it('refuses 2,500 aliased __schema with INTROSPECTION_TOO_LARGE before running it', async () => {
    const aliases = Array.from(
      { length: 2_500 },
      (_, i) => `s${i}: __schema { types { name fields { name } } }`,
    );
    const { result } = await anonymous(use(), `{ ${aliases.join(' ')} }`);
    expect(result.data ?? null).toBeNull();
    expect(codesOf(result)).toContain('INTROSPECTION_TOO_LARGE');
  });

  it('refuses more than one __schema even without aliases limits being hit', async () => {
    const { result } = await anonymous(
      use(),
      '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }',
    );
    expect(codesOf(result)).toEqual(['INTROSPECTION_TOO_LARGE']);
  });

  it('charges a field with its own resolver more than a stored property', () => {
    const { schema } = use().app.get(GraphQLSchemaHost);
    const costOf = (query: string) => {
      const operation = parse(query).definitions[0] as OperationDefinitionNode;
      return estimateCost(schema, new Map(), operation.selectionSet, schema.getQueryType()!);
    };
    // `statusPage` runs a resolver; `indicator` is a property of what it returned.
    expect(costOf('{ statusPage { indicator } }')).toBeGreaterThanOrEqual(10);
    expect(costOf('{ statusPage { indicator description } }')).toBe(
      costOf('{ statusPage { indicator } }') + 1,
    );
    // 1,000 aliased resolver calls are over the budget even below the alias limit's reach.
    expect(1_000 * costOf('{ statusPage { indicator } }')).toBeGreaterThan(MAX_QUERY_COMPLEXITY);
  });

  it('still answers the standard introspection query and a handful of aliases', async () => {
    expect((await anonymous(use(), getIntrospectionQuery())).result.errors).toBeUndefined();
    const modest = Array.from({ length: 20 }, (_, i) => `s${i}: statusPage { indicator }`);
    expect((await anonymous(use(), `{ ${modest.join(' ')} }`)).result.errors).toBeUndefined();
  });

  it('lets every query and mutation of the dashboard through the limits', async () => {
    const documents = dashboardDocuments();
    expect(documents.length).toBeGreaterThan(10);
    const limitCodes = new Set([
      'QUERY_TOO_COMPLEX',
      'QUERY_TOO_DEEP',
      'QUERY_TOO_MANY_ALIASES',
      'QUERY_TOO_WIDE',
      'INTROSPECTION_TOO_LARGE',
    ]);
    const refused: Record<string, string[]> = {};
    for (const document of documents) {
      // Without variables the operation fails later; only refusals by the limits count here.
      const result = await use().gql(document, {});
      const codes = codesOf(result).filter((code) => limitCodes.has(code));
      if (codes.length > 0) refused[document.slice(0, 60)] = codes;
    }
    expect(refused).toEqual({});
  });
});
