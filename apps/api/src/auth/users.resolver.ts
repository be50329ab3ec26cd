import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../graphql/context';
import { type Actor } from './actor';
import { toUserModel } from './auth.mapper';
import { CreateUserInput } from './dto/create-user.input';
import { DisableUserInput, UpdateUserInput } from './dto/update-user.input';
import { UserModel } from './models/user.model';
import { RequireRole } from './roles.decorator';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly people: UsersService) {}

  @Query(() => [UserModel], { description: 'Everyone who can log in, by e-mail address.' })
  @RequireRole('ADMIN')
  async users(): Promise<UserModel[]> {
    return (await this.people.list()).map(toUserModel);
  }

  @Mutation(() => UserModel)
  @RequireRole('ADMIN')
  async createUser(
    @Args('input') input: CreateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.people.create(input, actor));
  }

  @Mutation(() => UserModel, { description: 'A stale `version` is a CONFLICT.' })
  @RequireRole('ADMIN')
  async updateUser(
    @Args('input') input: UpdateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.people.update(input, actor));
  }

  @Mutation(() => UserModel, {
    description: 'Stops the person logging in and ends their sessions.',
  })
  @RequireRole('ADMIN')
  async disableUser(
    @Args('input') input: DisableUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.people.disable(input.id, actor));
  }
}
