import {
  isInPublicHistory,
  isPubliclyVisible,
  statusPageComponentStatus,
  statusPageIncidentStatus,
  statusPageOverall,
} from './status-page';

describe('statusPageOverall', () => {
  it.each([
    [[], [], 'none', 'All Systems Operational'],
    [['OPERATIONAL', 'OPERATIONAL'], [], 'none', 'All Systems Operational'],
    [['OPERATIONAL', 'UNDER_MAINTENANCE'], [], 'none', 'Service Under Maintenance'],
    [['DEGRADED_PERFORMANCE'], [], 'minor', 'Minor Service Outage'],
    [['PARTIAL_OUTAGE', 'OPERATIONAL'], ['SEV4'], 'minor', 'Minor Service Outage'],
    [['MAJOR_OUTAGE', 'PARTIAL_OUTAGE'], ['SEV3'], 'major', 'Partial System Outage'],
    [['OPERATIONAL'], ['SEV2'], 'major', 'Partial System Outage'],
    [['MAJOR_OUTAGE'], ['SEV1', 'SEV3'], 'critical', 'Major System Outage'],
    [['UNDER_MAINTENANCE'], ['SEV3'], 'minor', 'Minor Service Outage'],
  ] as const)(
    'services %j with incidents %j: %s',
    (services, severities, indicator, description) => {
      expect(statusPageOverall(services, severities)).toEqual({ indicator, description });
    },
  );
});

describe('status-page values', () => {
  it.each([
    ['INVESTIGATING', 'investigating'],
    ['IDENTIFIED', 'identified'],
    ['RECOVERING', 'identified'],
    ['MONITORING', 'monitoring'],
    ['RESOLVED', 'resolved'],
  ] as const)('writes incident status %s as %s', (status, expected) => {
    expect(statusPageIncidentStatus(status)).toBe(expected);
  });

  it('writes service statuses in lower case', () => {
    expect(statusPageComponentStatus('DEGRADED_PERFORMANCE')).toBe('degraded_performance');
    expect(statusPageComponentStatus('OPERATIONAL')).toBe('operational');
  });
});

describe('public visibility', () => {
  it.each([
    [0, 0, false],
    [1, 0, true],
    [0, 2, true],
  ])(
    'with %i impacts and %i public updates: visible %s',
    (impactCount, publicUpdateCount, visible) => {
      expect(isPubliclyVisible({ impactCount, publicUpdateCount })).toBe(visible);
    },
  );

  it('keeps resolved incidents in the history for 90 days', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    expect(isInPublicHistory(new Date('2026-08-27T00:00:00Z'), now)).toBe(true);
    expect(isInPublicHistory(new Date('2026-08-26T23:59:00Z'), now)).toBe(false);
  });
});
