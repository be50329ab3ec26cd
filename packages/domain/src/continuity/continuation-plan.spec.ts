import {
  assertCanActivate,
  capacityWithActivePlans,
  endActivation,
  PLAN_MAX_STEPS,
  PLAN_STEP_MAX_LENGTH,
  toContinuationPlan,
  validateContinuationPlan,
  type ContinuationPlanInput,
  type PlanActivation,
  type PlanCapacityActivation,
} from './continuation-plan';
import { DomainError } from '../shared/domain-error';

const at = (iso: string) => new Date(iso);

const plan: ContinuationPlanInput = {
  serviceKey: 'carrier-labels',
  title: "Labels through the carrier's web portal",
  owner: 'Shipping lead',
  steps: ['Log in to the carrier portal', 'Enter each parcel', 'Print the labels'],
  needs: ['carrier portal login', 'label printer'],
  addsCapacity: { backlogKey: 'delayed-parcels', staff: 2 },
};

describe('validateContinuationPlan', () => {
  it.each<[string, Partial<ContinuationPlanInput>, string, string]>([
    ['a bad service key', { serviceKey: 'Carrier Labels' }, 'serviceKey', 'KEY_FORMAT'],
    ['an empty title', { title: '  ' }, 'title', 'REQUIRED'],
    ['an empty owner', { owner: '' }, 'owner', 'REQUIRED'],
    ['no steps', { steps: [] }, 'steps', 'REQUIRED'],
    ['an empty step', { steps: ['ok', ' '] }, 'steps.1', 'REQUIRED'],
    ['a long step', { steps: ['x'.repeat(PLAN_STEP_MAX_LENGTH + 1)] }, 'steps.0', 'TOO_LONG'],
    [
      'too many steps',
      { steps: Array.from({ length: PLAN_MAX_STEPS + 1 }, () => 'step') },
      'steps',
      'TOO_MANY',
    ],
    ['an empty need', { needs: [''] }, 'needs.0', 'REQUIRED'],
    [
      'a bad backlog key',
      { addsCapacity: { backlogKey: 'Parcels!', staff: 1 } },
      'addsCapacity.backlogKey',
      'KEY_FORMAT',
    ],
    [
      'no people',
      { addsCapacity: { backlogKey: 'parcels', staff: 0 } },
      'addsCapacity.staff',
      'NUMBER_RANGE',
    ],
    [
      'negative people',
      { addsCapacity: { backlogKey: 'parcels', staff: -1 } },
      'addsCapacity.staff',
      'NUMBER_RANGE',
    ],
  ])('refuses %s', (_name, change, field, code) => {
    expect(validateContinuationPlan({ ...plan, ...change })).toEqual([
      expect.objectContaining({ field, code }),
    ]);
  });

  it('accepts a plan without added capacity and without needs', () => {
    expect(validateContinuationPlan({ ...plan, needs: [], addsCapacity: null })).toEqual([]);
  });

  it('keeps trimmed texts and throws every issue at once', () => {
    const kept = toContinuationPlan({ ...plan, title: '  Portal labels ', steps: [' a '] });
    expect(kept).toMatchObject({ title: 'Portal labels', steps: ['a'] });
    expect(() => toContinuationPlan({ ...plan, title: '', owner: '' })).toThrow(DomainError);
  });
});

describe('activation', () => {
  const running: PlanActivation = {
    planId: 'p',
    incidentId: 'i',
    activatedAt: at('2025-03-07T10:00:00Z'),
    endedAt: null,
  };
  const ended = { ...running, endedAt: at('2025-03-07T12:00:00Z') };

  it.each<[string, Parameters<typeof assertCanActivate>, string | null]>([
    ['a first activation of a running incident', ['RECOVERING', []], null],
    ['again after the last one ended', ['INVESTIGATING', [ended]], null],
    ['a resolved incident', ['RESOLVED', []], 'INCIDENT_RESOLVED'],
    ['twice while active', ['MONITORING', [ended, running]], 'ALREADY_ACTIVE'],
  ])('%s', (_name, args, code) => {
    if (code === null) {
      expect(() => assertCanActivate(...args)).not.toThrow();
    } else {
      expect(() => assertCanActivate(...args)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', issues: [expect.objectContaining({ code })] }),
      );
    }
  });

  it('ends a running activation, never before it started, and only once', () => {
    expect(endActivation(running, at('2025-03-07T11:00:00Z')).endedAt).toEqual(
      at('2025-03-07T11:00:00Z'),
    );
    expect(endActivation(running, at('2025-03-07T09:00:00Z')).endedAt).toEqual(running.activatedAt);
    expect(() => endActivation(ended, at('2025-03-07T13:00:00Z'))).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});

describe('capacityWithActivePlans', () => {
  const base = { staff: 3, itemsPerStaffHour: 10 };
  const parcels = (staff: number, from: string, to: string | null): PlanCapacityActivation => ({
    activatedAt: at(from),
    endedAt: to === null ? null : at(to),
    addsCapacity: { backlogKey: 'parcels', staff },
  });
  const activations = [
    parcels(2, '2025-03-07T10:00:00Z', null),
    parcels(1.5, '2025-03-07T08:00:00Z', '2025-03-07T11:00:00Z'),
    {
      ...parcels(4, '2025-03-07T08:00:00Z', null),
      addsCapacity: { backlogKey: 'emails', staff: 4 },
    },
    { ...parcels(9, '2025-03-07T08:00:00Z', null), addsCapacity: null },
  ];

  it.each<[string, string, number | null, { staff: number; ownStaff: number; planStaff: number }]>([
    ['before any plan', '2025-03-07T07:00:00Z', null, { staff: 3, ownStaff: 3, planStaff: 0 }],
    ['one plan running', '2025-03-07T09:00:00Z', null, { staff: 4.5, ownStaff: 3, planStaff: 1.5 }],
    ['both running', '2025-03-07T10:30:00Z', null, { staff: 6.5, ownStaff: 3, planStaff: 3.5 }],
    [
      'one ended (end excluded)',
      '2025-03-07T11:00:00Z',
      null,
      { staff: 5, ownStaff: 3, planStaff: 2 },
    ],
    [
      'what-if: own people replaced, plans add',
      '2025-03-07T11:00:00Z',
      6,
      { staff: 8, ownStaff: 6, planStaff: 2 },
    ],
    [
      'what-if of nobody: only the plans work',
      '2025-03-07T11:00:00Z',
      0,
      { staff: 2, ownStaff: 0, planStaff: 2 },
    ],
  ])('%s', (_name, asOf, whatIfStaff, expected) => {
    expect(
      capacityWithActivePlans(base, activations, {
        backlogKey: 'parcels',
        asOf: at(asOf),
        whatIfStaff,
      }),
    ).toEqual({ ...expected, itemsPerStaffHour: 10 });
  });

  it('a what-if with the current staff is the forecast as it stands', () => {
    const asOf = at('2025-03-07T10:30:00Z');
    expect(
      capacityWithActivePlans(base, activations, { backlogKey: 'parcels', asOf, whatIfStaff: 3 }),
    ).toEqual(capacityWithActivePlans(base, activations, { backlogKey: 'parcels', asOf }));
  });
});
