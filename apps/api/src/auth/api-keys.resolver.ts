import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../graphql/context';
import { type Actor } from './actor';
import { ApiKeysService } from './api-keys.service';
import { toApiKeyModel } from './auth.mapper';
import { CreateApiKeyInput, RevokeApiKeyInput } from './dto/api-key.input';
import { ApiKeyModel, CreatedApiKeyModel } from './models/api-key.model';
import { RequireRole } from './roles.decorator';

@Resolver(() => ApiKeyModel)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => [ApiKeyModel], { description: 'All API keys, newest first, revoked ones included.' })
  @RequireRole('ADMIN')
  async apiKeys(): Promise<ApiKeyModel[]> {
    return (await this.keys.list()).map(toApiKeyModel);
  }

  @Mutation(() => CreatedApiKeyModel, {
    description: 'Creates a key; its secret is returned only in this answer.',
  })
  @RequireRole('ADMIN')
  async createApiKey(
    @Args('input') input: CreateApiKeyInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedApiKeyModel> {
    const { key, secret } = await this.keys.create(input.name, input.role, actor);
    return { apiKey: toApiKeyModel(key), secret };
  }

  @Mutation(() => ApiKeyModel, { description: 'The key stops working at once.' })
  @RequireRole('ADMIN')
  async revokeApiKey(
    @Args('input') input: RevokeApiKeyInput,
    @CurrentActor() actor: Actor,
  ): Promise<ApiKeyModel> {
    return toApiKeyModel(await this.keys.revoke(input.id, actor));
  }
}
