import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CustomerAddressEntity } from './customer-address.entity';

const READ_CHUNK = 500;
const WRITE_CHUNK = 500;

/** The only place that talks to TypeORM about customer addresses. */
@Injectable()
export class CustomerAddressesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByEmails(
    manager: EntityManager,
    emails: readonly string[],
  ): Promise<CustomerAddressEntity[]> {
    const found: CustomerAddressEntity[] = [];
    for (let start = 0; start < emails.length; start += READ_CHUNK) {
      found.push(
        ...(await manager.find(CustomerAddressEntity, {
          where: { email: In(emails.slice(start, start + READ_CHUNK)) },
        })),
      );
    }
    return found;
  }

  /** Inserts new addresses in batches; an address another transaction added meanwhile is kept. */
  async insertMissing(
    manager: EntityManager,
    rows: readonly CustomerAddressEntity[],
  ): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
      const values: unknown[] = [];
      const marks = rows.slice(start, start + WRITE_CHUNK).map((row) => {
        const first = values.length;
        values.push(row.email, row.unsubscribeToken, null, row.createdAt.toISOString());
        return `(${[1, 2, 3, 4].map((n) => (postgres ? `$${first + n}` : '?')).join(', ')})`;
      });
      await manager.query(
        `INSERT INTO customer_addresses (email, unsubscribe_token, unsubscribed_at, created_at)
          VALUES ${marks.join(', ')} ON CONFLICT (email) DO NOTHING`,
        values,
      );
    }
  }

  findByToken(token: string, manager?: EntityManager): Promise<CustomerAddressEntity | null> {
    return (manager ?? this.dataSource.manager).findOne(CustomerAddressEntity, {
      where: { unsubscribeToken: token },
    });
  }

  async markUnsubscribed(manager: EntityManager, email: string, at: Date): Promise<void> {
    await manager.update(CustomerAddressEntity, { email }, { unsubscribedAt: at });
  }
}
