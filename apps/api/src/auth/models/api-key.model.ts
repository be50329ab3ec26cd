import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { type Role } from '../actor';
import { RoleEnum } from './user.model';

@ObjectType('ApiKey', { description: 'A key another system uses to call the API with a role.' })
export class ApiKeyModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Names the calling system in the audit log as `api-key:<name>`.' })
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'The first characters of the secret, to tell keys apart.' })
  prefix: string;

  @Field()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field()
  active: boolean;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel {
  @Field(() => ApiKeyModel)
  apiKey: ApiKeyModel;

  @Field({ description: 'Shown only this once; Lagebild keeps just a hash of it.' })
  secret: string;
}
