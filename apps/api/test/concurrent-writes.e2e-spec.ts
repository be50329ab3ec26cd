import { describeEachDatabase, type GraphQLResponse } from './support/test-app';

const DECLARE = `mutation Declare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) { id ref }
}`;

const RESPONDER = { as: 'RESPONDER' as const };

function errorsOf(results: GraphQLResponse<unknown>[]): unknown[] {
  return results.flatMap((result) => result.errors ?? []);
}

describeEachDatabase('concurrent writes', (use) => {
  it('declares 48 incidents sent at once, each with its own number', async () => {
    const app = use();
    const results = await Promise.all(
      Array.from({ length: 48 }, (_, index) =>
        app.gql<{ declareIncident: { id: string; ref: string } }>(
          DECLARE,
          { input: { title: `Parallel outage ${index}`, severity: 'SEV3' } },
          RESPONDER,
        ),
      ),
    );
    expect(errorsOf(results)).toEqual([]);
    const refs = results.map((result) => result.data?.declareIncident.ref);
    expect(new Set(refs).size).toBe(48);
    const listed = await app.gqlOk<{ incidents: { totalCount: number } }>(
      `{ incidents(first: 1) { totalCount } }`,
    );
    expect(listed.incidents.totalCount).toBe(48);
    // The numbers are consecutive: nothing was skipped or taken twice.
    const numbers = refs.map((ref) => Number(ref?.replace(/^INC-/, ''))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 48 }, (_, index) => index + 1));
  });
});
