import fc from 'fast-check';
import { type ServiceStatus, SERVICE_STATUSES } from '../service-graph/service';
import { outageCostSoFar, type CostImpact, type CostService } from './outage-cost';

const START = new Date('2026-11-20T08:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);
const impact = (
  serviceKey: string,
  status: ServiceStatus,
  from: number,
  until: number | null,
): CostImpact => ({
  serviceKey,
  status,
  since: at(from),
  until: until === null ? null : at(until),
});

const services: CostService[] = [
  { key: 'shop', outageCostPerHour: { orders: 40, euros: 2400 } },
  { key: 'phone', outageCostPerHour: { orders: 0, euros: 300 } },
  { key: 'inbox', outageCostPerHour: null },
];

describe('outageCostSoFar', () => {
  it.each<[string, CostImpact[], number, { orders: number; euros: number }]>([
    ['nothing impaired costs nothing', [], 120, { orders: 0, euros: 0 }],
    [
      'an open major outage counts up to now',
      [impact('shop', 'MAJOR_OUTAGE', 0, null)],
      90,
      { orders: 60, euros: 3600 },
    ],
    [
      'a closed impact counts until it ended',
      [impact('shop', 'MAJOR_OUTAGE', 0, 30)],
      600,
      { orders: 20, euros: 1200 },
    ],
    [
      'a partial outage counts half',
      [impact('shop', 'PARTIAL_OUTAGE', 0, 60)],
      60,
      { orders: 20, euros: 1200 },
    ],
    [
      'degraded performance counts a quarter',
      [impact('shop', 'DEGRADED_PERFORMANCE', 0, 60)],
      60,
      { orders: 10, euros: 600 },
    ],
    [
      'maintenance on an incident counts in full',
      [impact('shop', 'UNDER_MAINTENANCE', 0, 60)],
      60,
      { orders: 40, euros: 2400 },
    ],
    [
      'an impact after now does not count yet',
      [impact('shop', 'MAJOR_OUTAGE', 120, null)],
      60,
      { orders: 0, euros: 0 },
    ],
    [
      'nothing beyond now',
      [impact('shop', 'MAJOR_OUTAGE', 0, 600)],
      60,
      { orders: 40, euros: 2400 },
    ],
    [
      'two incidents at once on one service count once, at the worse status',
      [impact('shop', 'PARTIAL_OUTAGE', 0, 60), impact('shop', 'MAJOR_OUTAGE', 30, 60)],
      60,
      { orders: 30, euros: 1800 },
    ],
    [
      'services add up',
      [impact('shop', 'MAJOR_OUTAGE', 0, 60), impact('phone', 'MAJOR_OUTAGE', 0, 120)],
      120,
      { orders: 40, euros: 3000 },
    ],
    [
      'a service without an estimate adds nothing',
      [impact('inbox', 'MAJOR_OUTAGE', 0, 60)],
      60,
      { orders: 0, euros: 0 },
    ],
  ])('%s', (_case, impacts, minutes, expected) => {
    const cost = outageCostSoFar(impacts, services, at(minutes));
    expect({ orders: cost.orders, euros: cost.euros }).toEqual(expected);
  });

  it('says since when, per service, and which services have no estimate', () => {
    const cost = outageCostSoFar(
      [
        impact('inbox', 'MAJOR_OUTAGE', 10, null),
        impact('shop', 'PARTIAL_OUTAGE', 30, 90),
        impact('ghost', 'MAJOR_OUTAGE', 60, null),
      ],
      services,
      at(120),
    );
    expect(cost.since).toEqual(at(10));
    expect(cost.unestimatedServiceKeys).toEqual(['ghost', 'inbox']);
    expect(cost.services).toEqual([
      {
        serviceKey: 'shop',
        impairedMinutes: 60,
        lostMinutes: 30,
        orders: 20,
        euros: 1200,
        estimated: true,
      },
      {
        serviceKey: 'ghost',
        impairedMinutes: 60,
        lostMinutes: 60,
        orders: 0,
        euros: 0,
        estimated: false,
      },
      {
        serviceKey: 'inbox',
        impairedMinutes: 110,
        lostMinutes: 110,
        orders: 0,
        euros: 0,
        estimated: false,
      },
    ]);
    expect(outageCostSoFar([], services, at(1)).since).toBeNull();
  });

  const arbImpact = fc.record({
    serviceKey: fc.constantFrom('shop', 'phone', 'inbox'),
    status: fc.constantFrom(...SERVICE_STATUSES),
    from: fc.integer({ min: 0, max: 600 }),
    length: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
  });
  const toImpact = (row: {
    serviceKey: string;
    status: ServiceStatus;
    from: number;
    length: number | null;
  }): CostImpact =>
    impact(
      row.serviceKey,
      row.status,
      row.from,
      row.length === null ? null : row.from + row.length,
    );

  it('never falls as time goes on', () => {
    fc.assert(
      fc.property(
        fc.array(arbImpact, { maxLength: 8 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 600 }),
        (rows, now, later) => {
          const impacts = rows.map(toImpact);
          const before = outageCostSoFar(impacts, services, at(now));
          const after = outageCostSoFar(impacts, services, at(now + later));
          expect(after.euros).toBeGreaterThanOrEqual(before.euros);
          expect(after.orders).toBeGreaterThanOrEqual(before.orders);
        },
      ),
    );
  });

  it('the same impact reported by a second incident adds nothing', () => {
    fc.assert(
      fc.property(
        fc.array(arbImpact, { maxLength: 8 }),
        fc.integer({ min: 0, max: 1200 }),
        (rows, now) => {
          const impacts = rows.map(toImpact);
          expect(outageCostSoFar([...impacts, ...impacts], services, at(now))).toEqual(
            outageCostSoFar(impacts, services, at(now)),
          );
        },
      ),
    );
  });

  it('never costs more than the whole time at full outage', () => {
    fc.assert(
      fc.property(
        fc.array(arbImpact, { maxLength: 8 }),
        fc.integer({ min: 0, max: 1200 }),
        (rows, now) => {
          const cost = outageCostSoFar(rows.map(toImpact), services, at(now));
          // shop and phone down the whole time since START: 2700 euros an hour.
          expect(cost.euros).toBeLessThanOrEqual(Math.round((now / 60) * 2700) + 1);
        },
      ),
    );
  });
});
