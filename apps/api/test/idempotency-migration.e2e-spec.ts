import { DataSource } from 'typeorm';
import { describeEachDatabase } from './support/test-app';

const RECORD = `mutation Record($input: RecordBacklogSnapshotInput!) {
  recordBacklogSnapshot(input: $input) { replayed snapshot { open } }
}`;
const DECLARE = `mutation Declare($input: DeclareIncidentInput!) { declareIncident(input: $input) { ref } }`;

const RESPONDER = { as: 'RESPONDER' as const };

describeEachDatabase('moving idempotency keys and numbering incidents by a counter', (use) => {
  it('keeps a backlog feed key and the next incident number when the migrations are undone and redone', async () => {
    const app = use();
    await app.gqlOk(
      `mutation($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: 'unanswered-emails',
          name: 'Unanswered e-mails',
          unit: 'e-mail',
          promiseHours: 24,
          staff: 1,
          itemsPerStaffHour: 10,
          arrivalRatePerHour: 0,
        },
      },
      RESPONDER,
    );
    const input = {
      backlogKey: 'unanswered-emails',
      open: 120,
      at: '2026-11-23T08:00:00.000Z',
      idempotencyKey: 'mail-0800',
    };
    await app.gqlOk(RECORD, { input }, RESPONDER);
    for (const title of ['First', 'Second']) {
      await app.gqlOk(DECLARE, { input: { title, severity: 'SEV3' } }, RESPONDER);
    }

    const dataSource = app.app.get(DataSource);
    // Undo the counter's and the keys' migrations, and whatever came after them.
    const undone = dataSource.migrations.filter(
      (migration) =>
        Number(/\d{13}$/.exec(migration.name ?? migration.constructor.name)?.[0]) >= 1764000900000,
    ).length;
    expect(undone).toBeGreaterThanOrEqual(2);
    for (let step = 0; step < undone; step += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    await dataSource.runMigrations({ transaction: 'each' });

    const replay = await app.gqlOk<{ recordBacklogSnapshot: { replayed: boolean } }>(
      RECORD,
      { input },
      RESPONDER,
    );
    expect(replay.recordBacklogSnapshot.replayed).toBe(true);
    const third = await app.gqlOk<{ declareIncident: { ref: string } }>(
      DECLARE,
      { input: { title: 'Third', severity: 'SEV3' } },
      RESPONDER,
    );
    expect(third.declareIncident.ref).toBe('INC-0003');
  });
});
