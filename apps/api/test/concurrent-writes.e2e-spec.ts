import { describeEachDatabase, type GraphQLResponse } from './support/test-app';

const DECLARE = `mutation Declare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) { id ref }
}`;
const CREATE_BACKLOG = `mutation Create($input: CreateBacklogInput!) {
  createBacklog(input: $input) { key }
}`;
const UPSERT = `mutation Upsert($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { received replayed backlog { itemCount } }
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

  it('imports two overlapping batches of one backlog in opposite order without failing', async () => {
    const app = use();
    await app.gqlOk(
      CREATE_BACKLOG,
      {
        input: {
          key: 'overlapping-orders',
          name: 'Orders to reconstruct',
          unit: 'order',
          promiseHours: 48,
          staff: 2,
          itemsPerStaffHour: 10,
          arrivalRatePerHour: 0,
        },
      },
      RESPONDER,
    );
    const items = Array.from({ length: 1200 }, (_, index) => ({
      externalRef: `order-${String(index).padStart(4, '0')}`,
      receivedAt: new Date(Date.UTC(2026, 10, 23, 7, 0, index)).toISOString(),
    }));
    for (let round = 0; round < 8; round += 1) {
      const results = await Promise.all(
        [items, [...items].reverse()].map((batch, side) =>
          app.gql<{ upsertBacklogItems: { received: number } }>(
            UPSERT,
            {
              input: {
                backlogKey: 'overlapping-orders',
                items: batch.map((item) => ({
                  ...item,
                  doneAt: round % 2 === side ? null : '2026-11-24T07:00:00.000Z',
                })),
                idempotencyKey: `round-${round}-side-${side}`,
              },
            },
            RESPONDER,
          ),
        ),
      );
      expect(errorsOf(results)).toEqual([]);
    }
    const backlog = await app.gqlOk<{ backlog: { itemCount: number } }>(
      `{ backlog(key: "overlapping-orders") { itemCount } }`,
    );
    expect(backlog.backlog.itemCount).toBe(1200);
  });
});
