import { DomainError } from '../shared/domain-error';
import { type PeriodIncidentFacts, periodMetrics } from './period-metrics';

const at = (iso: string): Date => new Date(iso);
const NOVEMBER = { from: at('2026-11-01T00:00:00Z'), to: at('2026-12-01T00:00:00Z') };
const NOW = at('2026-11-25T00:00:00Z');

const incidents: PeriodIncidentFacts[] = [
  {
    // Resolved in 72 h; order database back within its RTO, phone system late.
    severity: 'SEV1',
    startedAt: at('2026-11-20T07:00:00Z'),
    resolvedAt: at('2026-11-23T07:00:00Z'),
    impacts: [
      {
        serviceKey: 'order-database',
        rtoMinutes: 4320,
        since: at('2026-11-20T07:00:00Z'),
        until: at('2026-11-23T07:00:00Z'),
      },
      {
        serviceKey: 'phone-system',
        rtoMinutes: 240,
        since: at('2026-11-20T07:00:00Z'),
        until: at('2026-11-23T07:00:00Z'),
      },
    ],
  },
  {
    // Resolved in 2 h.
    severity: 'SEV3',
    startedAt: at('2026-11-10T10:00:00Z'),
    resolvedAt: at('2026-11-10T12:00:00Z'),
    impacts: [
      {
        serviceKey: 'web-shop',
        rtoMinutes: 60,
        since: at('2026-11-10T10:00:00Z'),
        until: at('2026-11-10T10:30:00Z'),
      },
      {
        serviceKey: 'label-software',
        rtoMinutes: null,
        since: at('2026-11-10T10:00:00Z'),
        until: null,
      },
    ],
  },
  {
    // Open; its outage is still inside its RTO, so it is not judged yet.
    severity: 'SEV3',
    startedAt: at('2026-11-24T23:00:00Z'),
    resolvedAt: null,
    impacts: [
      {
        serviceKey: 'e-mail-inbox',
        rtoMinutes: 480,
        since: at('2026-11-24T23:00:00Z'),
        until: null,
      },
    ],
  },
  // Outside the period.
  {
    severity: 'SEV2',
    startedAt: at('2026-10-31T23:59:00Z'),
    resolvedAt: at('2026-11-01T02:00:00Z'),
    impacts: [],
  },
  // Inside the period but after now (a replay): not counted.
  { severity: 'SEV2', startedAt: at('2026-11-28T00:00:00Z'), resolvedAt: null, impacts: [] },
];

describe('periodMetrics', () => {
  it('counts incidents by severity, MTTR over resolved ones and RTO compliance', () => {
    expect(periodMetrics(incidents, NOVEMBER, NOW)).toEqual({
      from: NOVEMBER.from,
      to: NOVEMBER.to,
      incidentCount: 3,
      countBySeverity: { SEV1: 1, SEV2: 0, SEV3: 2, SEV4: 0 },
      resolvedCount: 2,
      meanTimeToResolveMinutes: (72 * 60 + 120) / 2,
      rtoJudgedCount: 3,
      rtoMetCount: 2,
      rtoComplianceShare: 2 / 3,
    });
  });

  it('judges an open outage once it is past its RTO', () => {
    const later = periodMetrics(incidents, NOVEMBER, at('2026-11-25T08:00:00Z'));
    expect(later).toMatchObject({ rtoJudgedCount: 4, rtoMetCount: 2, rtoComplianceShare: 0.5 });
  });

  it('has no MTTR or compliance share for a quiet period', () => {
    expect(periodMetrics([], NOVEMBER, NOW)).toMatchObject({
      incidentCount: 0,
      meanTimeToResolveMinutes: null,
      rtoComplianceShare: null,
    });
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => periodMetrics([], { from: NOVEMBER.to, to: NOVEMBER.from }, NOW)).toThrow(
      DomainError,
    );
  });
});
