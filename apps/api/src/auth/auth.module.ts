import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokens } from './access-tokens';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';
import { AuthBootstrap } from './auth-bootstrap';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { RolesGuard } from './roles.guard';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { PersonAccess } from './person-access';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/**
 * People, sessions and API keys, and the guard that makes every operation answer to a role.
 * The actor resolver lives in the global config module (it is needed by the GraphQL context);
 * app.module provides `AuthActorResolver` there, built from this module's exports.
 */
@Module({
  providers: [
    AccessTokens,
    PasswordHasher,
    LoginThrottle,
    UsersRepository,
    PersonAccess,
    RefreshTokensRepository,
    ApiKeysRepository,
    UsersService,
    SessionsService,
    ApiKeysService,
    AuthBootstrap,
    AuthResolver,
    UsersResolver,
    ApiKeysResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokens, ApiKeysService, UsersRepository, PersonAccess, UsersService],
})
export class AuthModule {}
