import { DomainError } from '../shared/domain-error';

/** The part of a service the dependency graph needs. Any `Service` fits. */
export interface ServiceNode {
  key: string;
  dependsOn: readonly string[];
}

/**
 * Finds one dependency cycle and returns it as a key path that starts and ends at the same
 * service, e.g. `['a', 'b', 'c', 'a']` for a -> b -> c -> a (read "a depends on b ..."). A
 * self-dependency is `['a', 'a']`. Returns `null` for an acyclic graph. Dependencies on keys
 * that are not in `services` are ignored (validation reports those). Deterministic: services
 * and their dependencies are visited in the given order.
 */
export function findDependencyCycle(services: readonly ServiceNode[]): string[] | null {
  const byKey = indexByKey(services);
  const finished = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();

  const visit = (key: string): string[] | null => {
    if (onPath.has(key)) {
      return [...path.slice(path.indexOf(key)), key];
    }
    if (finished.has(key)) {
      return null;
    }
    const node = byKey.get(key);
    if (node === undefined) {
      return null;
    }
    path.push(key);
    onPath.add(key);
    for (const dependency of node.dependsOn) {
      const cycle = visit(dependency);
      if (cycle !== null) {
        return cycle;
      }
    }
    path.pop();
    onPath.delete(key);
    finished.add(key);
    return null;
  };

  for (const service of services) {
    const cycle = visit(service.key);
    if (cycle !== null) {
      return cycle;
    }
  }
  return null;
}

/**
 * Throws `BAD_USER_INPUT` naming the cycle ("Dependency cycle: a -> b -> c -> a") when the
 * services' dependencies loop. Call it with the whole catalogue as it would be after a change.
 */
export function assertNoDependencyCycle(services: readonly ServiceNode[]): void {
  const cycle = findDependencyCycle(services);
  if (cycle !== null) {
    const described = cycle.join(' -> ');
    throw new DomainError('BAD_USER_INPUT', `Dependency cycle: ${described}`, [
      {
        field: 'dependsOn',
        code: 'DEPENDENCY_CYCLE',
        // Keys: the reader's screen knows the names that go with them.
        params: { cycle },
        message: `would create the dependency cycle ${described}`,
      },
    ]);
  }
}

/**
 * Every service that depends on `key`, directly or through others: what stops working when
 * `key` is down. Ordered by distance (direct dependents first), ties in the order of
 * `services`. Does not include `key` itself. Safe on cyclic graphs.
 */
export function dependentsOf(key: string, services: readonly ServiceNode[]): string[] {
  const dependentsByKey = new Map<string, string[]>();
  for (const service of services) {
    for (const dependency of service.dependsOn) {
      const list = dependentsByKey.get(dependency) ?? [];
      list.push(service.key);
      dependentsByKey.set(dependency, list);
    }
  }
  return breadthFirst(key, (current) => dependentsByKey.get(current) ?? [], services);
}

/**
 * Every service `key` needs, directly or through others: what must work before `key` can.
 * Ordered by distance (direct dependencies first), ties in the order of `services`. Does not
 * include `key` itself. Safe on cyclic graphs; unknown keys are skipped.
 */
export function dependenciesOf(key: string, services: readonly ServiceNode[]): string[] {
  const byKey = indexByKey(services);
  return breadthFirst(
    key,
    (current) => (byKey.get(current)?.dependsOn ?? []).filter((next) => byKey.has(next)),
    services,
  );
}

/**
 * Orders the services so each comes after everything it depends on (ties keep the given order).
 * Throws like `assertNoDependencyCycle` when there is no such order.
 */
export function sortByDependencies<T extends ServiceNode>(services: readonly T[]): T[] {
  assertNoDependencyCycle(services);
  const byKey = indexByKey(services);
  const placed = new Set<string>();
  const ordered: T[] = [];
  const place = (service: T): void => {
    if (placed.has(service.key)) {
      return;
    }
    placed.add(service.key);
    for (const dependency of service.dependsOn) {
      const node = byKey.get(dependency);
      if (node !== undefined) {
        place(node);
      }
    }
    ordered.push(service);
  };
  services.forEach(place);
  return ordered;
}

function indexByKey<T extends ServiceNode>(services: readonly T[]): Map<string, T> {
  return new Map(services.map((service) => [service.key, service]));
}

function breadthFirst(
  start: string,
  neighbours: (key: string) => readonly string[],
  services: readonly ServiceNode[],
): string[] {
  const position = new Map(services.map((service, index) => [service.key, index]));
  const order = (a: string, b: string): number =>
    (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER);
  const seen = new Set<string>([start]);
  const result: string[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const neighbour of neighbours(key)) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    next.sort(order);
    result.push(...next);
    frontier = next;
  }
  return result;
}
