import { SetMetadata } from '@nestjs/common';
import { type Role } from './actor';

export const REQUIRED_ROLE = 'lagebild:requiredRole';
export const PUBLIC_OPERATION = 'lagebild:public';

/**
 * Declares the least role an operation needs. Every query, mutation and subscription must
 * carry `@RequireRole(...)` or `@Public()`: the authorization guard refuses undeclared ones.
 */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** Marks an operation anyone may call without logging in (the public status page, login). */
export const Public = () => SetMetadata(PUBLIC_OPERATION, true);
