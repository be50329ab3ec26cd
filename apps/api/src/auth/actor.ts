/** Roles in rising order of power; each role may do everything the roles before it may. */
export const ROLES = ['VIEWER', 'RESPONDER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who sends a request: nobody, a person, or another system with an API key. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; email: string; role: Role }
  | { kind: 'apiKey'; keyId: string; name: string; role: Role }
  | { kind: 'system'; name: string };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

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
