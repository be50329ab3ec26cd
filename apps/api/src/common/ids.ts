import { randomUUID } from 'node:crypto';

/** Primary keys are UUIDs made in the API, so both databases store them the same way. */
export function newId(): string {
  return randomUUID();
}
