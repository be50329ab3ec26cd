import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** A key another system uses to call the API with a role. Only a hash of the secret is kept. */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: string;

  /** The first characters of the secret, so people can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 (hex) of the secret; the secret has 256 bits of entropy, so no slow hash is needed. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ name: 'created_by', type: 'varchar', length: 320 })
  createdBy: string;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'last_used_at', ...instantColumn({ nullable: true }) })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', ...instantColumn({ nullable: true }) })
  revokedAt: Date | null;
}
