import { ApiError } from '../graphql/error-codes';
import { type IncidentEntity } from './incident.entity';

/** Cursor of a row in the order (started_at DESC, id DESC); opaque to clients. */
export function encodeCursor(row: Pick<IncidentEntity, 'startedAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([row.startedAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { startedAt: Date; id: string } {
  try {
    const [startedAt, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as unknown[];
    const at = new Date(String(startedAt));
    if (typeof id === 'string' && !Number.isNaN(at.getTime())) return { startedAt: at, id };
  } catch {
    // fall through to the coded error
  }
  throw new ApiError('BAD_USER_INPUT', 'after is not a cursor of this list', [
    { field: 'after', message: 'is not a cursor of this list' },
  ]);
}
