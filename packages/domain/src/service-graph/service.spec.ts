import {
  isServiceImpaired,
  isServiceStatus,
  SERVICE_STATUSES,
  validateServiceInput,
  worstServiceStatus,
  type ServiceInput,
} from './service';

const valid: ServiceInput = {
  key: 'order-database',
  name: 'Order database',
  description: 'Orders, customers and payments',
  tier: 1,
  rtoMinutes: 240,
  rpoMinutes: 15,
  dependsOn: ['main-server'],
};

describe('validateServiceInput', () => {
  it('accepts a complete, valid service', () => {
    expect(validateServiceInput(valid, ['main-server', 'order-database'])).toEqual([]);
  });

  it('accepts a service without description and dependencies', () => {
    expect(
      validateServiceInput({ key: 'a', name: 'A', tier: 4, rtoMinutes: 0, rpoMinutes: 525_600 }),
    ).toEqual([]);
  });

  it.each<[string, Partial<ServiceInput>, string, RegExp]>([
    ['an empty key', { key: '' }, 'key', /required/],
    ['a key with capitals', { key: 'Order-DB' }, 'key', /lowercase/],
    ['a key with a double hyphen', { key: 'order--db' }, 'key', /single hyphens/],
    ['a key with a trailing hyphen', { key: 'order-' }, 'key', /hyphens/],
    ['a key of 65 characters', { key: 'a'.repeat(65) }, 'key', /at most 64/],
    ['a blank name', { name: '   ' }, 'name', /required/],
    ['a name of 201 characters', { name: 'n'.repeat(201) }, 'name', /at most 200/],
    ['a description of 2001 characters', { description: 'd'.repeat(2001) }, 'description', /2000/],
    ['tier 0', { tier: 0 }, 'tier', /1 \(most critical\) to 4/],
    ['tier 5', { tier: 5 }, 'tier', /1 \(most critical\) to 4/],
    ['a fractional tier', { tier: 1.5 }, 'tier', /whole number/],
    ['a negative RTO', { rtoMinutes: -1 }, 'rtoMinutes', /from 0 to 525600/],
    ['an RTO above one year', { rtoMinutes: 525_601 }, 'rtoMinutes', /one year/],
    ['a fractional RPO', { rpoMinutes: 0.5 }, 'rpoMinutes', /whole number/],
    ['a NaN RPO', { rpoMinutes: Number.NaN }, 'rpoMinutes', /whole number/],
    [
      'a duplicate dependency',
      { dependsOn: ['main-server', 'main-server'] },
      'dependsOn',
      /main-server more than once/,
    ],
    [
      'a self-dependency',
      { dependsOn: ['order-database'] },
      'dependsOn',
      /cannot depend on itself/,
    ],
  ])('rejects %s', (_case, change, field, message) => {
    const issues = validateServiceInput({ ...valid, ...change });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe(field);
    expect(issues[0]?.message).toMatch(message);
  });

  it.each<[string, Partial<ServiceInput>, string, string, Record<string, number>]>([
    [
      'an MTPD below the RTO',
      { rtoMinutes: 240, mtpdMinutes: 239 },
      'mtpdMinutes',
      'BELOW_RTO',
      { min: 240 },
    ],
    ['a negative MTPD', { mtpdMinutes: -1 }, 'mtpdMinutes', 'MINUTES_RANGE', { max: 525_600 }],
    ['a fractional MTPD', { mtpdMinutes: 300.5 }, 'mtpdMinutes', 'MINUTES_RANGE', { max: 525_600 }],
    [
      'negative orders per hour',
      { outageCostPerHour: { orders: -1, euros: 0 } },
      'outageCostPerHour.orders',
      'NUMBER_RANGE',
      { min: 0, max: 100_000 },
    ],
    [
      'euros per hour above the limit',
      { outageCostPerHour: { orders: 1, euros: 10_000_001 } },
      'outageCostPerHour.euros',
      'NUMBER_RANGE',
      { min: 0, max: 10_000_000 },
    ],
    [
      'fractional euros',
      { outageCostPerHour: { orders: 1, euros: 0.5 } },
      'outageCostPerHour.euros',
      'NUMBER_RANGE',
      { min: 0, max: 10_000_000 },
    ],
  ])('rejects %s with a code', (_case, change, field, code, params) => {
    const issues = validateServiceInput({ ...valid, ...change });
    expect(issues).toEqual([expect.objectContaining({ field, code, params })]);
  });

  it('accepts an MTPD equal to the RTO, a cost estimate and the supplier flag', () => {
    expect(
      validateServiceInput({
        ...valid,
        rtoMinutes: 240,
        mtpdMinutes: 240,
        outageCostPerHour: { orders: 0, euros: 10_000_000 },
        supplier: true,
      }),
    ).toEqual([]);
    expect(validateServiceInput({ ...valid, mtpdMinutes: null, outageCostPerHour: null })).toEqual(
      [],
    );
  });

  it('names unknown dependencies when the known keys are given', () => {
    expect(
      validateServiceInput({ ...valid, dependsOn: ['main-server', 'pbx', 'carrier'] }, [
        'main-server',
      ]),
    ).toEqual([{ field: 'dependsOn', message: 'unknown services: pbx, carrier' }]);
    expect(validateServiceInput({ ...valid, dependsOn: ['pbx'] }, [])).toEqual([
      { field: 'dependsOn', message: 'unknown service: pbx' },
    ]);
  });

  it('reports a self-dependency as such, not as unknown', () => {
    expect(validateServiceInput({ ...valid, dependsOn: ['order-database'] }, [])).toEqual([
      { field: 'dependsOn', message: 'a service cannot depend on itself' },
    ]);
  });

  it('reports every problem at once', () => {
    const issues = validateServiceInput({
      key: 'Bad Key',
      name: '',
      tier: 9,
      rtoMinutes: -5,
      rpoMinutes: -5,
      dependsOn: ['x', 'x'],
    });
    expect(issues.map((issue) => issue.field)).toEqual([
      'key',
      'name',
      'tier',
      'rtoMinutes',
      'rpoMinutes',
      'dependsOn',
    ]);
  });
});

describe('service status helpers', () => {
  it('knows the status-page values', () => {
    expect(SERVICE_STATUSES).toEqual([
      'OPERATIONAL',
      'DEGRADED_PERFORMANCE',
      'PARTIAL_OUTAGE',
      'MAJOR_OUTAGE',
      'UNDER_MAINTENANCE',
    ]);
    expect(isServiceStatus('MAJOR_OUTAGE')).toBe(true);
    expect(isServiceStatus('DOWN')).toBe(false);
  });

  it('treats everything but OPERATIONAL as impaired', () => {
    expect(SERVICE_STATUSES.filter(isServiceImpaired)).toEqual(SERVICE_STATUSES.slice(1));
  });

  it.each<[string, Parameters<typeof worstServiceStatus>[0], string]>([
    ['no statuses', [], 'OPERATIONAL'],
    ['maintenance only', ['OPERATIONAL', 'UNDER_MAINTENANCE'], 'UNDER_MAINTENANCE'],
    [
      'degradation over maintenance',
      ['UNDER_MAINTENANCE', 'DEGRADED_PERFORMANCE'],
      'DEGRADED_PERFORMANCE',
    ],
    ['a major outage over all', ['MAJOR_OUTAGE', 'PARTIAL_OUTAGE', 'OPERATIONAL'], 'MAJOR_OUTAGE'],
  ])('picks the worst status for %s', (_case, statuses, worst) => {
    expect(worstServiceStatus(statuses)).toBe(worst);
  });
});
