import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import {
  communicationCadence,
  communicationDebt,
  type CommunicationDebtInput,
  DEFAULT_COMMUNICATION_CADENCE,
  isCustomerFacing,
  validateCommunicationCadence,
} from './communication-debt';

const START = new Date('2026-11-20T07:00:00Z');
const minutes = (count: number): Date => new Date(START.getTime() + count * 60_000);

function incident(overrides: Partial<CommunicationDebtInput> = {}): CommunicationDebtInput {
  return {
    severity: 'SEV1',
    startedAt: START,
    resolvedAt: null,
    customerFacing: true,
    publicUpdateTimes: [],
    ...overrides,
  };
}

describe('communicationDebt', () => {
  it.each([
    // [case, input overrides, now (minutes after start), status, overdue, next due (min)]
    ['silent customer-facing SEV1 is in debt from its start', {}, 90, 'OVERDUE', 90, 0],
    ['at the very start nothing is overdue yet', {}, 0, 'ON_TIME', 0, 0],
    [
      'SEV1 update 30 min ago is on time',
      { publicUpdateTimes: [minutes(60)] },
      90,
      'ON_TIME',
      0,
      120,
    ],
    [
      'SEV1 update 75 min ago is 15 min overdue',
      { publicUpdateTimes: [minutes(15)] },
      90,
      'OVERDUE',
      15,
      75,
    ],
    [
      'SEV2 cadence is two hours',
      { severity: 'SEV2', publicUpdateTimes: [minutes(0)] },
      150,
      'OVERDUE',
      30,
      120,
    ],
    [
      'SEV3 cadence is eight hours',
      { severity: 'SEV3', publicUpdateTimes: [minutes(0)] },
      479,
      'ON_TIME',
      0,
      480,
    ],
    [
      'the latest of several updates counts',
      { publicUpdateTimes: [minutes(70), minutes(10), minutes(40)] },
      120,
      'ON_TIME',
      0,
      130,
    ],
    [
      'an earlier promise is due first',
      { publicUpdateTimes: [minutes(10)], promisedNextUpdateAt: minutes(40) },
      55,
      'OVERDUE',
      15,
      40,
    ],
    [
      'a promise later than the cadence does not postpone it',
      { publicUpdateTimes: [minutes(10)], promisedNextUpdateAt: minutes(400) },
      55,
      'ON_TIME',
      0,
      70,
    ],
    [
      'an update after now does not count yet (replay)',
      { publicUpdateTimes: [minutes(200)] },
      30,
      'OVERDUE',
      30,
      0,
    ],
  ] as const)('%s', (_case, overrides, nowMinutes, status, overdue, dueMinutes) => {
    const debt = communicationDebt(incident(overrides), minutes(nowMinutes));
    expect(debt.status).toBe(status);
    expect(debt.overdueMinutes).toBe(overdue);
    expect(debt.nextUpdateDueAt).toEqual(minutes(dueMinutes));
    expect(debt.exemption).toBeNull();
  });

  it.each([
    ['resolved before now', { resolvedAt: minutes(30) }, 'RESOLVED'],
    ['not customer facing', { customerFacing: false }, 'NOT_CUSTOMER_FACING'],
    ['SEV4 has no cadence', { severity: 'SEV4' }, 'NO_CADENCE'],
  ] as const)('owes nothing when %s', (_case, overrides, exemption) => {
    const debt = communicationDebt(incident(overrides), minutes(600));
    expect(debt).toMatchObject({
      status: 'NOT_REQUIRED',
      exemption,
      overdueMinutes: 0,
      nextUpdateDueAt: null,
    });
  });

  it('treats a resolution after now as not yet happened', () => {
    expect(communicationDebt(incident({ resolvedAt: minutes(500) }), minutes(90)).status).toBe(
      'OVERDUE',
    );
  });

  it('reports the last public word and the silence since then', () => {
    const debt = communicationDebt(incident({ publicUpdateTimes: [minutes(20)] }), minutes(95));
    expect(debt.lastPublicUpdateAt).toEqual(minutes(20));
    expect(debt.minutesSinceLastPublicWord).toBe(75);
    expect(debt.cadenceMinutes).toBe(60);
    const silent = communicationDebt(incident(), minutes(95));
    expect(silent.lastPublicUpdateAt).toBeNull();
    expect(silent.minutesSinceLastPublicWord).toBe(95);
  });

  it('uses a configured cadence', () => {
    const cadence = communicationCadence({ SEV1: 30, SEV4: 1440 });
    expect(cadence).toEqual({ SEV1: 30, SEV2: 120, SEV3: 480, SEV4: 1440 });
    const debt = communicationDebt(
      incident({ severity: 'SEV4', publicUpdateTimes: [minutes(0)] }),
      minutes(1500),
      cadence,
    );
    expect(debt).toMatchObject({ status: 'OVERDUE', overdueMinutes: 60, cadenceMinutes: 1440 });
  });

  it('rejects a cadence that is not a positive whole number of minutes', () => {
    expect(() => communicationCadence({ SEV2: 0 })).toThrow(DomainError);
    expect(() => communicationCadence({ SEV2: 1.5 })).toThrow('cadence.SEV2');
    expect(validateCommunicationCadence({ SEV1: 60, SEV2: 120, SEV3: null })).toEqual([
      { field: 'cadence.SEV4', message: 'is required (use null for none)' },
    ]);
    expect(validateCommunicationCadence(DEFAULT_COMMUNICATION_CADENCE)).toEqual([]);
  });

  describe('invariants', () => {
    const offsets = fc.array(fc.integer({ min: -600, max: 3000 }), { maxLength: 8 });
    const severity = fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4' as const);
    const facing = fc.boolean();
    const now = fc.integer({ min: 0, max: 3000 });

    it('overdue minutes are never negative and only positive when overdue', () => {
      fc.assert(
        fc.property(offsets, severity, facing, now, (updates, sev, customerFacing, at) => {
          const debt = communicationDebt(
            incident({ severity: sev, customerFacing, publicUpdateTimes: updates.map(minutes) }),
            minutes(at),
          );
          expect(debt.overdueMinutes).toBeGreaterThanOrEqual(0);
          if (debt.overdueMinutes > 0) {
            expect(debt.status).toBe('OVERDUE');
          }
        }),
      );
    });

    it('a later public update never increases the debt', () => {
      fc.assert(
        fc.property(
          offsets,
          severity,
          now,
          fc.integer({ min: 0, max: 3000 }),
          (updates, sev, at, extra) => {
            const before = communicationDebt(
              incident({ severity: sev, publicUpdateTimes: updates.map(minutes) }),
              minutes(at),
            );
            const after = communicationDebt(
              incident({ severity: sev, publicUpdateTimes: [...updates, extra].map(minutes) }),
              minutes(at),
            );
            expect(after.overdueMinutes).toBeLessThanOrEqual(before.overdueMinutes);
          },
        ),
      );
    });

    it('debt grows with time while nothing is said', () => {
      fc.assert(
        fc.property(offsets, now, fc.integer({ min: 0, max: 600 }), (updates, at, wait) => {
          // Only words said before the first moment: nothing is said while waiting.
          const said = updates.filter((offset) => offset <= at).map(minutes);
          const input = incident({ publicUpdateTimes: said });
          const sooner = communicationDebt(input, minutes(at));
          const later = communicationDebt(input, minutes(at + wait));
          expect(later.overdueMinutes).toBeGreaterThanOrEqual(sooner.overdueMinutes);
        }),
      );
    });
  });
});

describe('isCustomerFacing', () => {
  it('is true once any service was impaired by the incident', () => {
    expect(isCustomerFacing([])).toBe(false);
    expect(isCustomerFacing([{ serviceKey: 'phone-system', until: null }])).toBe(true);
  });
});
