import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import {
  assertNoDependencyCycle,
  dependenciesOf,
  dependentsOf,
  findDependencyCycle,
  sortByDependencies,
  type ServiceNode,
} from './service-graph';

/** The story's services: everything rests on the main server and the order data. */
const shop: ServiceNode[] = [
  { key: 'main-server', dependsOn: [] },
  { key: 'order-database', dependsOn: ['main-server'] },
  { key: 'phone-system', dependsOn: ['main-server'] },
  { key: 'carrier-labels', dependsOn: ['order-database'] },
  { key: 'email-inbox', dependsOn: [] },
  { key: 'customer-replies', dependsOn: ['email-inbox', 'order-database'] },
  { key: 'shop-order-status', dependsOn: ['order-database'] },
];

describe('findDependencyCycle', () => {
  it.each<[string, ServiceNode[], string[] | null]>([
    ['an empty catalogue', [], null],
    ['the acyclic shop', shop, null],
    ['a self-dependency', [{ key: 'a', dependsOn: ['a'] }], ['a', 'a']],
    [
      'a three-service loop',
      [
        { key: 'a', dependsOn: ['b'] },
        { key: 'b', dependsOn: ['c'] },
        { key: 'c', dependsOn: ['a'] },
      ],
      ['a', 'b', 'c', 'a'],
    ],
    [
      'a loop reached through a tail',
      [
        { key: 'x', dependsOn: ['a'] },
        { key: 'a', dependsOn: ['b'] },
        { key: 'b', dependsOn: ['a'] },
      ],
      ['a', 'b', 'a'],
    ],
    ['a dependency on an unknown key', [{ key: 'a', dependsOn: ['ghost'] }], null],
    [
      'a diamond (shared dependency, no loop)',
      [
        { key: 'top', dependsOn: ['left', 'right'] },
        { key: 'left', dependsOn: ['bottom'] },
        { key: 'right', dependsOn: ['bottom'] },
        { key: 'bottom', dependsOn: [] },
      ],
      null,
    ],
  ])('for %s returns %j', (_case, services, expected) => {
    expect(findDependencyCycle(services)).toEqual(expected);
  });
});

describe('assertNoDependencyCycle', () => {
  it('names the cycle in the message and on the dependsOn field, with a code and the keys', () => {
    const looping: ServiceNode[] = [
      { key: 'a', dependsOn: ['b'] },
      { key: 'b', dependsOn: ['c'] },
      { key: 'c', dependsOn: ['a'] },
    ];
    expect(() => assertNoDependencyCycle(looping)).toThrow('Dependency cycle: a -> b -> c -> a');
    try {
      assertNoDependencyCycle(looping);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).issues).toEqual([
        {
          field: 'dependsOn',
          code: 'DEPENDENCY_CYCLE',
          params: { cycle: ['a', 'b', 'c', 'a'] },
          message: 'would create the dependency cycle a -> b -> c -> a',
        },
      ]);
    }
  });

  it('passes an acyclic catalogue', () => {
    expect(() => assertNoDependencyCycle(shop)).not.toThrow();
  });
});

describe('dependentsOf', () => {
  it.each<[string, string[]]>([
    [
      'main-server',
      ['order-database', 'phone-system', 'carrier-labels', 'customer-replies', 'shop-order-status'],
    ],
    ['order-database', ['carrier-labels', 'customer-replies', 'shop-order-status']],
    ['email-inbox', ['customer-replies']],
    ['carrier-labels', []],
    ['unknown', []],
  ])('lists what stops when %s is down, nearest first', (key, expected) => {
    expect(dependentsOf(key, shop)).toEqual(expected);
  });

  it('terminates on a cycle and leaves out the service itself', () => {
    const looping: ServiceNode[] = [
      { key: 'a', dependsOn: ['b'] },
      { key: 'b', dependsOn: ['a'] },
    ];
    expect(dependentsOf('a', looping)).toEqual(['b']);
  });
});

describe('dependenciesOf', () => {
  it.each<[string, string[]]>([
    ['customer-replies', ['order-database', 'email-inbox', 'main-server']],
    ['carrier-labels', ['order-database', 'main-server']],
    ['main-server', []],
  ])('lists what %s needs, nearest first', (key, expected) => {
    expect(dependenciesOf(key, shop)).toEqual(expected);
  });

  it('skips keys that are not in the catalogue', () => {
    expect(dependenciesOf('a', [{ key: 'a', dependsOn: ['ghost'] }])).toEqual([]);
  });
});

describe('sortByDependencies', () => {
  it('puts every service after what it depends on', () => {
    expect(sortByDependencies([...shop].reverse()).map((service) => service.key)).toEqual([
      'main-server',
      'order-database',
      'shop-order-status',
      'email-inbox',
      'customer-replies',
      'carrier-labels',
      'phone-system',
    ]);
  });

  it('rejects a cycle', () => {
    expect(() => sortByDependencies([{ key: 'a', dependsOn: ['a'] }])).toThrow(DomainError);
  });
});

/** Random graphs over keys k0..k7 (cycles possible). */
const graphs = fc
  .array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }), { minLength: 1, maxLength: 8 })
  .map((rows) =>
    rows.map((dependsOn, index) => ({
      key: `k${index}`,
      dependsOn: [...new Set(dependsOn.filter((target) => target < rows.length))].map(
        (t) => `k${t}`,
      ),
    })),
  );

describe('dependency graph properties', () => {
  it('a reported cycle is a real loop; no cycle means a dependency order exists', () => {
    fc.assert(
      fc.property(graphs, (services) => {
        const cycle = findDependencyCycle(services);
        if (cycle === null) {
          const order = sortByDependencies(services).map((service) => service.key);
          for (const service of services) {
            for (const dependency of service.dependsOn) {
              expect(order.indexOf(dependency)).toBeLessThan(order.indexOf(service.key));
            }
          }
        } else {
          expect(cycle[0]).toBe(cycle[cycle.length - 1]);
          for (let step = 0; step < cycle.length - 1; step += 1) {
            const from = services.find((service) => service.key === cycle[step]);
            expect(from?.dependsOn).toContain(cycle[step + 1]);
          }
        }
      }),
    );
  });

  it('b depends on a (transitively) exactly when a is among the dependencies of b', () => {
    fc.assert(
      fc.property(graphs, (services) => {
        for (const a of services) {
          for (const b of services) {
            if (a.key !== b.key) {
              expect(dependentsOf(a.key, services).includes(b.key)).toBe(
                dependenciesOf(b.key, services).includes(a.key),
              );
            }
          }
        }
      }),
    );
  });
});
