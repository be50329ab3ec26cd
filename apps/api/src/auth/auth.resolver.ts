import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiError } from '../graphql/error-codes';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { type Actor } from './actor';
import { roleFrom, toUserModel } from './auth.mapper';
import { LoginInput } from './dto/login.input';
import { LogoutInput, RefreshSessionInput } from './dto/refresh-session.input';
import { AuthSessionModel } from './models/auth-session.model';
import { CallerKind, MeModel } from './models/me.model';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { Public, RequireRole } from './roles.decorator';
import { type IssuedSession, SessionsService } from './sessions.service';
import { UsersService } from './users.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthSessionModel, {
    description:
      'Logs in with e-mail and password. After repeated failures from one address, further ' +
      'tries from there wait, longer after each failure.',
  })
  @Public()
  async login(
    @Args('input') input: LoginInput,
    @RequestCtx() context: RequestContext,
  ): Promise<AuthSessionModel> {
    const issued = await this.sessions.login(input.email, input.password, context.req.ip);
    return this.grant(context, issued);
  }

  @Mutation(() => AuthSessionModel, {
    description:
      'Trades a refresh token (argument or the httpOnly cookie) for a new access token and a ' +
      'new refresh token; the old one stops working.',
  })
  @Public()
  async refreshSession(
    @RequestCtx() context: RequestContext,
    @Args('input', { type: () => RefreshSessionInput, nullable: true }) input?: RefreshSessionInput,
  ): Promise<AuthSessionModel> {
    const token = input?.refreshToken ?? readRefreshCookie(context.req);
    if (!token) throw new ApiError('UNAUTHENTICATED', 'No session to refresh; log in');
    try {
      return this.grant(context, await this.sessions.refresh(token));
    } catch (error) {
      clearRefreshCookie(context.req, context.reply);
      throw error;
    }
  }

  @Mutation(() => Boolean, {
    description: 'Ends the login the refresh token (argument or cookie) belongs to.',
  })
  @Public()
  async logout(
    @RequestCtx() context: RequestContext,
    @Args('input', { type: () => LogoutInput, nullable: true }) input?: LogoutInput,
  ): Promise<boolean> {
    await this.sessions.logout(input?.refreshToken ?? readRefreshCookie(context.req));
    clearRefreshCookie(context.req, context.reply);
    return true;
  }

  @Query(() => MeModel, { description: 'Who is calling: the logged-in person or the API key.' })
  @RequireRole('VIEWER')
  async me(@CurrentActor() actor: Actor): Promise<MeModel> {
    if (actor.kind === 'apiKey') {
      return { kind: CallerKind.API_KEY, name: actor.name, role: actor.role, user: null };
    }
    if (actor.kind !== 'user') throw new ApiError('UNAUTHENTICATED', 'Log in first');
    const user = await this.users.get(actor.userId);
    return {
      kind: CallerKind.USER,
      name: user.name,
      role: roleFrom(user.role),
      user: toUserModel(user),
    };
  }

  private grant(context: RequestContext, issued: IssuedSession): AuthSessionModel {
    setRefreshCookie(context.req, context.reply, issued.refreshToken, issued.refreshExpiresAt);
    return {
      accessToken: issued.accessToken,
      expiresAt: issued.expiresAt,
      refreshToken: issued.refreshToken,
      refreshExpiresAt: issued.refreshExpiresAt,
      user: toUserModel(issued.user),
    };
  }
}
