import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

/** The only place that reads and writes the `refresh_tokens` table. */
@Injectable()
export class RefreshTokensRepository {
  findByHash(manager: EntityManager, tokenHash: string) {
    return manager.findOne(RefreshTokenEntity, { where: { tokenHash } });
  }

  async insert(manager: EntityManager, entity: RefreshTokenEntity): Promise<void> {
    await manager.insert(RefreshTokenEntity, entity);
  }

  /** Marks a token used; false when another request used it first. */
  async markRotated(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ rotatedAt: at })
      .where('id = :id AND rotated_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async revokeFamily(manager: EntityManager, familyId: string, at: Date): Promise<void> {
    await this.revokeWhere(manager, 'family_id = :value', familyId, at);
  }

  async revokeAllOfUser(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await this.revokeWhere(manager, 'user_id = :value', userId, at);
  }

  // Raw conditions: the instant transformer cannot convert TypeORM's IsNull() operator.
  private async revokeWhere(manager: EntityManager, condition: string, value: string, at: Date) {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: at })
      .where(`${condition} AND revoked_at IS NULL`, { value })
      .execute();
  }
}
