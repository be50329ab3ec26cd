import { Injectable } from '@nestjs/common';
import { dependentsOf } from '@lagebild/domain';
import DataLoader from 'dataloader';
import { perRequest, type LoadScope } from '../graphql/context';
import { type ServiceEntity } from './service.entity';
import { ServicesRepository } from './services.repository';

/** Batches service lookups per request, so lists of impacts or tasks cost one query. */
@Injectable()
export class ServicesLoader {
  constructor(private readonly repository: ServicesRepository) {}

  byKey(scope: LoadScope): DataLoader<string, ServiceEntity | null> {
    return perRequest(
      scope,
      'services.byKey',
      () =>
        new DataLoader<string, ServiceEntity | null>(async (keys) => {
          const found = await this.repository.findByKeys(keys);
          const byKey = new Map(found.map((service) => [service.key, service]));
          return keys.map((key) => byKey.get(key) ?? null);
        }),
    );
  }

  /** The whole catalogue, read once per request (graph questions need all of it). */
  catalogue(scope: LoadScope): Promise<ServiceEntity[]> {
    return perRequest(scope, 'services.catalogue', () => this.repository.findAll());
  }

  async dependents(scope: LoadScope, key: string): Promise<string[]> {
    return dependentsOf(key, await this.catalogue(scope));
  }
}
