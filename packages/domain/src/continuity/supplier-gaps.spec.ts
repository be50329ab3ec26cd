import fc from 'fast-check';
import { supplierGaps, type ContinuityService } from './supplier-gaps';

const service = (
  key: string,
  rtoMinutes: number,
  dependsOn: string[] = [],
  extra: Partial<ContinuityService> = {},
): ContinuityService => ({
  key,
  rtoMinutes,
  mtpdMinutes: null,
  supplier: false,
  dependsOn,
  ...extra,
});
const supplier = (key: string, promisedMinutes: number, dependsOn: string[] = []) =>
  service(key, promisedMinutes, dependsOn, { supplier: true });

describe('supplierGaps', () => {
  it.each<[string, ContinuityService[], ReturnType<typeof supplierGaps>]>([
    ['no suppliers, no gaps', [service('shop', 60, ['db']), service('db', 30)], []],
    [
      'a supplier as fast as the service needs is no gap',
      [service('shop', 240, ['carrier']), supplier('carrier', 240)],
      [],
    ],
    [
      'a supplier slower than the RTO (no MTPD)',
      [service('shop', 240, ['carrier']), supplier('carrier', 480)],
      [
        {
          code: 'SUPPLIER_EXCEEDS_RTO',
          serviceKey: 'shop',
          supplierKey: 'carrier',
          direct: true,
          promisedMinutes: 480,
          requiredMinutes: 240,
          exceedsByMinutes: 240,
        },
      ],
    ],
    [
      'slower than the RTO but within the MTPD',
      [service('shop', 240, ['carrier'], { mtpdMinutes: 600 }), supplier('carrier', 480)],
      [
        {
          code: 'SUPPLIER_EXCEEDS_RTO',
          serviceKey: 'shop',
          supplierKey: 'carrier',
          direct: true,
          promisedMinutes: 480,
          requiredMinutes: 240,
          exceedsByMinutes: 240,
        },
      ],
    ],
    [
      'slower than the MTPD is reported against the MTPD',
      [service('shop', 240, ['carrier'], { mtpdMinutes: 360 }), supplier('carrier', 480)],
      [
        {
          code: 'SUPPLIER_EXCEEDS_MTPD',
          serviceKey: 'shop',
          supplierKey: 'carrier',
          direct: true,
          promisedMinutes: 480,
          requiredMinutes: 360,
          exceedsByMinutes: 120,
        },
      ],
    ],
    [
      'a supplier needed through another service counts (not direct)',
      [service('shop', 60, ['db']), service('db', 600, ['payments']), supplier('payments', 120)],
      [
        {
          code: 'SUPPLIER_EXCEEDS_RTO',
          serviceKey: 'shop',
          supplierKey: 'payments',
          direct: false,
          promisedMinutes: 120,
          requiredMinutes: 60,
          exceedsByMinutes: 60,
        },
      ],
    ],
    [
      'a supplier that relies on a slower supplier',
      [supplier('carrier', 60, ['mail-host']), supplier('mail-host', 1440)],
      [
        {
          code: 'SUPPLIER_EXCEEDS_RTO',
          serviceKey: 'carrier',
          supplierKey: 'mail-host',
          direct: true,
          promisedMinutes: 1440,
          requiredMinutes: 60,
          exceedsByMinutes: 1380,
        },
      ],
    ],
    ['a dependency on an unknown key is ignored', [service('shop', 60, ['gone'])], []],
  ])('%s', (_case, services, expected) => {
    expect(supplierGaps(services)).toEqual(expected);
  });

  it('lists services in the given order, nearest supplier first (ties in catalogue order), one entry per pair', () => {
    const gaps = supplierGaps([
      service('shop', 30, ['carrier', 'db']),
      service('db', 30, ['payments', 'carrier']),
      supplier('carrier', 120),
      supplier('payments', 90),
    ]);
    expect(gaps.map((gap) => `${gap.serviceKey}>${gap.supplierKey}`)).toEqual([
      'shop>carrier',
      'shop>payments',
      'db>carrier',
      'db>payments',
    ]);
  });

  it('terminates on a cyclic graph', () => {
    expect(
      supplierGaps([supplier('a', 100, ['b']), supplier('b', 50, ['a'])]).map(
        (gap) => gap.serviceKey,
      ),
    ).toEqual(['b']);
  });

  it('a gap always names a supplier slower than an objective of the service', () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const arbService = fc.record({
      rtoMinutes: fc.integer({ min: 0, max: 2000 }),
      mtpdExtra: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
      supplier: fc.boolean(),
      dependsOn: fc.subarray(keys),
    });
    fc.assert(
      fc.property(fc.array(arbService, { minLength: 5, maxLength: 5 }), (rows) => {
        const services = rows.map((row, index) => ({
          key: keys[index] as string,
          rtoMinutes: row.rtoMinutes,
          mtpdMinutes: row.mtpdExtra === null ? null : row.rtoMinutes + row.mtpdExtra,
          supplier: row.supplier,
          dependsOn: row.dependsOn.filter((key) => key !== keys[index]),
        }));
        const byKey = new Map(services.map((s) => [s.key, s]));
        for (const gap of supplierGaps(services)) {
          const needing = byKey.get(gap.serviceKey) as ContinuityService;
          const supplying = byKey.get(gap.supplierKey) as ContinuityService;
          expect(supplying.supplier).toBe(true);
          expect(gap.exceedsByMinutes).toBeGreaterThan(0);
          expect(supplying.rtoMinutes).toBeGreaterThan(needing.rtoMinutes);
        }
      }),
    );
  });
});
