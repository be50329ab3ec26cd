import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  ServiceUnavailableException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { type FastifyRequest } from 'fastify';
import { type GraphQLResolveInfo } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../database/database-availability';
import { ApiError } from '../graphql/error-codes';
import { type RequestContext } from '../graphql/context';
import { type Actor, type Role, roleAtLeast, roleOf } from './actor';
import { ActorResolver, credentialsFromHeaders } from './actor-resolver';
import { PUBLIC_OPERATION, REQUIRED_ROLE } from './roles.decorator';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface AccessDeclaration {
  isPublic: boolean;
  role: Role | undefined;
}

/**
 * Enforces `@RequireRole` / `@Public` on every operation, denying by default: a query,
 * mutation, subscription or HTTP route that declares neither is refused. Field resolvers of
 * object types inherit the access of the operation that reached them, unless they declare
 * a role themselves.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
      const isOperation = ROOT_TYPES.has(info.parentType.name);
      // A class-level declaration speaks for the class's operations, not its field resolvers.
      const declared = this.declarationOf(context, isOperation);
      if (!isOperation && !declared.isPublic && declared.role === undefined) return true;
      const actor = GqlExecutionContext.create(context).getContext<RequestContext>().actor;
      const refusal = refusalFor(actor, declared, `${info.parentType.name}.${info.fieldName}`);
      if (refusal) throw new ApiError(refusal.code, refusal.message);
      return true;
    }
    if (context.getType() === 'http') {
      const declared = this.declarationOf(context, true);
      if (declared.isPublic) return true;
      const request = context.switchToHttp().getRequest<FastifyRequest>();
      const actor = await this.actors.resolve(credentialsFromHeaders(request.headers));
      const refusal = refusalFor(actor, declared, `${request.method} ${request.routeOptions.url}`);
      if (refusal?.code === 'UNAUTHENTICATED') throw new UnauthorizedException(refusal.message);
      if (refusal?.code === 'SERVICE_UNAVAILABLE') {
        throw new ServiceUnavailableException(refusal.message);
      }
      if (refusal) throw new ForbiddenException(refusal.message);
      return true;
    }
    return false;
  }

  private declarationOf(context: ExecutionContext, withClass: boolean): AccessDeclaration {
    const targets = withClass ? [context.getHandler(), context.getClass()] : [context.getHandler()];
    return declaredAccess(this.reflector, targets);
  }
}

/** What `@Public` / `@RequireRole` declare on a handler (and its class, when given). */
export function declaredAccess(
  reflector: Reflector,
  targets: (object | (abstract new (...args: never[]) => unknown))[],
): AccessDeclaration {
  const on = targets as Parameters<Reflector['getAllAndOverride']>[1];
  return {
    isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, on) === true,
    role: reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, on),
  };
}

interface Refusal {
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE';
  message: string;
}

/** Why `actor` may not use `operation`, or null when it may. */
export function refusalFor(
  actor: Actor,
  declared: AccessDeclaration,
  operation: string,
): Refusal | null {
  if (declared.isPublic) return null;
  if (declared.role === undefined) {
    return { code: 'FORBIDDEN', message: `${operation} declares no required role and is refused` };
  }
  const role = roleOf(actor);
  if (actor.kind === 'anonymous' && actor.unverified) {
    return { code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  if (role === null) {
    const reason = actor.kind === 'anonymous' ? actor.rejected : undefined;
    return { code: 'UNAUTHENTICATED', message: reason ?? `Log in to use ${operation}` };
  }
  if (!roleAtLeast(role, declared.role)) {
    return {
      code: 'FORBIDDEN',
      message: `${operation} needs the role ${declared.role} or higher`,
    };
  }
  return null;
}
