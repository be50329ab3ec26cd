import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { type Actor } from './actor';
import { ActorResolver } from './actor-resolver';
import { Public, RequireRole } from './roles.decorator';
import { RolesGuard } from './roles.guard';

class ProbeResolver {
  undeclared(): string {
    return 'x';
  }

  @RequireRole('RESPONDER')
  write(): string {
    return 'x';
  }

  @Public()
  open(): string {
    return 'x';
  }

  fieldOfObject(): string {
    return 'x';
  }
}

@RequireRole('ADMIN')
class AdminResolver {
  operationOrField(): string {
    return 'x';
  }
}

const ADMIN: Actor = { kind: 'user', userId: 'u1', email: 'a@example.com', role: 'ADMIN' };
const VIEWER: Actor = { kind: 'apiKey', keyId: 'k1', name: 'widget', role: 'VIEWER' };

/** A GraphQL execution context as Nest builds it: [root, args, context, info]. */
function graphqlContext(method: keyof ProbeResolver, actor: Actor, parentType = 'Query') {
  const handler = ProbeResolver.prototype[method];
  const info = { parentType: { name: parentType }, fieldName: method };
  const context = new ExecutionContextHost([{}, {}, { actor }, info], ProbeResolver, handler);
  context.setType('graphql');
  return context;
}

describe('RolesGuard', () => {
  const guard = new RolesGuard(new Reflector(), new ActorResolver());

  it('refuses an operation that declares nothing, even for an administrator', async () => {
    await expect(guard.canActivate(graphqlContext('undeclared', ADMIN))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Query.undeclared declares no required role and is refused',
    });
  });

  it('orders roles: too low is FORBIDDEN, anonymous is UNAUTHENTICATED, enough passes', async () => {
    await expect(guard.canActivate(graphqlContext('write', VIEWER))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      guard.canActivate(graphqlContext('write', { kind: 'anonymous', rejected: 'expired' })),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'expired' });
    await expect(guard.canActivate(graphqlContext('write', ADMIN))).resolves.toBe(true);
  });

  it('lets anyone use a public operation', async () => {
    await expect(guard.canActivate(graphqlContext('open', { kind: 'anonymous' }))).resolves.toBe(
      true,
    );
  });

  it('lets undeclared field resolvers of object types inherit the operation access', async () => {
    const context = graphqlContext('fieldOfObject', { kind: 'anonymous' }, 'Incident');
    await expect(guard.canActivate(context)).resolves.toBe(true);
  });

  it('applies a class-level role to the class operations but not to its field resolvers', async () => {
    const handler = AdminResolver.prototype.operationOrField;
    const at = (parentType: string) => {
      const info = { parentType: { name: parentType }, fieldName: 'operationOrField' };
      const context = new ExecutionContextHost(
        [{}, {}, { actor: VIEWER }, info],
        AdminResolver,
        handler,
      );
      context.setType('graphql');
      return context;
    };
    await expect(guard.canActivate(at('Query'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(guard.canActivate(at('Incident'))).resolves.toBe(true);
  });
});
