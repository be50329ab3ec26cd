import { describeEachDatabase } from './support/test-app';

const DECLARE = `mutation Declare($input: DeclareIncidentInput!) { declareIncident(input: $input) { ref } }`;
const LIST = `query List($first: Int, $after: String) {
  incidents(first: $first, after: $after) {
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { ref } }
  }
}`;

interface Page {
  incidents: {
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { node: { ref: string } }[];
  };
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

describeEachDatabase('incident pages as Relay clients ask for them', (use) => {
  beforeAll(async () => {
    const app = use();
    for (const [title, startedAt] of [
      ['Older outage', hoursAgo(3)],
      ['Newer outage', hoursAgo(1)],
    ] as const) {
      await app.gqlOk(DECLARE, { input: { title, severity: 'SEV3', startedAt } });
    }
  });

  it('answers `after: null` with the first page, exactly as if `after` were left out', async () => {
    const app = use();
    const omitted = await app.gqlOk<Page>(LIST, { first: 1 });
    const explicitNull = await app.gqlOk<Page>(LIST, { first: 1, after: null });
    expect(explicitNull).toEqual(omitted);
    expect(explicitNull.incidents.edges.map((edge) => edge.node.ref)).toEqual(['INC-0002']);
    expect(explicitNull.incidents.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
  });

  it('accepts `after: null` written inline in the query, too', async () => {
    const app = use();
    const inline = await app.gqlOk<Page>(
      `{ incidents(first: 1, after: null) { pageInfo { hasPreviousPage } edges { node { ref } } } }`,
    );
    expect(inline.incidents.edges.map((edge) => edge.node.ref)).toEqual(['INC-0002']);
    expect(inline.incidents.pageInfo.hasPreviousPage).toBe(false);
  });

  it('still refuses a string that is not a cursor with BAD_USER_INPUT on `after`', async () => {
    const app = use();
    const result = await app.gql(LIST, { first: 1, after: 'not-a-cursor' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'after', message: 'is not a cursor of this list' }],
    });
  });
});
