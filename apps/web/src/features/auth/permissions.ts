import { useSession, type Role } from './session';

const rank: Record<Role, number> = { VIEWER: 0, RESPONDER: 1, ADMIN: 2 };

/** True when the role is at least the required one (roles include the powers of those below). */
export function roleAllows(role: Role | undefined, required: Role): boolean {
  return role !== undefined && rank[role] >= rank[required];
}

/**
 * Whether the signed-in person may use controls that need `required`. Only hides controls:
 * the API refuses the operation anyway.
 */
export function useCan(required: Role): boolean {
  return roleAllows(useSession().user?.role, required);
}
