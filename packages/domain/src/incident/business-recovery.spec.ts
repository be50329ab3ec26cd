import { businessRecovery, type ClosureBacklog } from './business-recovery';

const emails: ClosureBacklog = {
  key: 'emails',
  name: 'Unanswered e-mails',
  open: 3500,
  accepted: false,
};
const parcels: ClosureBacklog = {
  key: 'parcels',
  name: 'Parcels not shipped',
  open: 1,
  accepted: false,
};

describe('businessRecovery (two-phase closure)', () => {
  it('is recovered only when resolved, every backlog cleared or accepted, and customers told', () => {
    expect(
      businessRecovery({
        incident: { status: 'RESOLVED' },
        backlogs: [
          { ...emails, open: 0 },
          { ...parcels, accepted: true },
        ],
        customersTold: true,
      }),
    ).toEqual({ technicallyResolved: true, recovered: true, missing: [], gaps: [] });
  });

  it('names everything still missing, in plain sentences and as data', () => {
    const result = businessRecovery({
      incident: { status: 'RECOVERING' },
      backlogs: [emails, parcels],
      customersTold: false,
    });
    expect(result.recovered).toBe(false);
    expect(result.technicallyResolved).toBe(false);
    expect(result.missing).toEqual([
      'The incident is not resolved yet (status: Recovering).',
      'Unanswered e-mails still has 3,500 open items.',
      'Parcels not shipped still has 1 open item.',
      'The affected customers have not been told yet.',
    ]);
    expect(result.gaps.map((gap) => gap.code)).toEqual([
      'NOT_RESOLVED',
      'BACKLOG_OPEN',
      'BACKLOG_OPEN',
      'CUSTOMERS_NOT_TOLD',
    ]);
  });

  it('keeps a technically resolved incident as business impact while a backlog is open', () => {
    const result = businessRecovery({
      incident: { status: 'RESOLVED' },
      backlogs: [emails],
      customersTold: true,
    });
    expect(result).toMatchObject({ technicallyResolved: true, recovered: false });
    expect(result.missing).toEqual(['Unanswered e-mails still has 3,500 open items.']);
  });

  it('counts an incident without backlogs as recovered once resolved and told', () => {
    expect(
      businessRecovery({ incident: { status: 'RESOLVED' }, backlogs: [], customersTold: true })
        .recovered,
    ).toBe(true);
  });
});
