import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

type PersonAccessRow = Pick<UserEntity, 'id' | 'email' | 'role' | 'enabled'>;

/**
 * What every authenticated request checks of its person, read at most once per
 * `auth.personAccessReuseMs` (a second) per person: a dashboard polling the kept overview would
 * otherwise cost a database read per request, more than answering it. A change made on this
 * instance takes effect at once (`forget`); one made on another instance within that time.
 */
@Injectable()
export class PersonAccess {
  private readonly recent = new Map<string, { row: PersonAccessRow | null; readAt: number }>();

  private readonly reuseMs: number;

  constructor(
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reuseMs = config.auth.personAccessReuseMs;
  }

  async of(userId: string): Promise<PersonAccessRow | null> {
    const now = performance.now();
    const known = this.recent.get(userId);
    if (known && now - known.readAt < this.reuseMs) return known.row;
    const row = await this.users.accessOf(userId);
    // Bounded by the number of people; a map that only grows with them is fine.
    this.recent.set(userId, { row, readAt: now });
    return row;
  }

  /** The person changed (role, enabled, password): the next request reads them again. */
  forget(userId: string): void {
    this.recent.delete(userId);
  }
}
