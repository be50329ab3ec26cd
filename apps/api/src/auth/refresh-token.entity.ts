import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/**
 * One refresh token of a login session. Tokens of one login share a family; each use rotates
 * the token, and presenting a rotated one again revokes the whole family (it was copied).
 */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  /** SHA-256 (hex) of the token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'issued_at', ...instantColumn() })
  issuedAt: Date;

  @Column({ name: 'expires_at', ...instantColumn() })
  expiresAt: Date;

  @Column({ name: 'rotated_at', ...instantColumn({ nullable: true }) })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', ...instantColumn({ nullable: true }) })
  revokedAt: Date | null;
}
