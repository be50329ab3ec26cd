import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '../actor';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as {
  [R in Role]: R;
};

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'VIEWER reads, RESPONDER also works incidents, ADMIN also administers.',
});

@ObjectType('User', { description: 'A person who logs in to Lagebild.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'A disabled person cannot log in; their sessions have ended.' })
  enabled: boolean;

  @Field(() => Int, { description: 'Send it back with changes; a stale one is a CONFLICT.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt: Date | null;
}
