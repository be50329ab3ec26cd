import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../actor';
import { RoleEnum } from '../models/user.model';

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Names the calling system, e.g. `shop` or `helpdesk`.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._ -]*$/, {
    message: 'may contain letters, digits, spaces, dots, dashes and underscores',
  })
  name: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
