/** Roles in rising order of power; each role may do everything the roles before it may. */
export const ROLES = ['VIEWER', 'RESPONDER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who sends a request: nobody, a person, or another system with an API key. */
export type Actor =
  /**
   * `rejected` says why credentials that were sent did not identify anybody; `unverified`,
   * that they could not be checked because the database is unreachable.
   */
  | { kind: 'anonymous'; rejected?: string; unverified?: true }
  | { kind: 'user'; userId: string; email: string; role: Role }
  | { kind: 'apiKey'; keyId: string; name: string; role: Role }
  | { kind: 'system'; name: string };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `required` may (roles are ordered VIEWER < RESPONDER < ADMIN). */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** The role an actor acts with, or null for anonymous callers and system jobs. */
export function roleOf(actor: Actor): Role | null {
  return actor.kind === 'user' || actor.kind === 'apiKey' ? actor.role : null;
}

/** How the audit log names an actor. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return actor.email;
    case 'apiKey':
      return `api-key:${actor.name}`;
    case 'system':
      return `system:${actor.name}`;
  }
}
