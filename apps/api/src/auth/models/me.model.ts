import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Role } from '../actor';
import { RoleEnum, UserModel } from './user.model';

export enum CallerKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}

registerEnumType(CallerKind, { name: 'CallerKind' });

@ObjectType('Me', { description: 'Who the request comes from: a person or an API key.' })
export class MeModel {
  @Field(() => CallerKind)
  kind: CallerKind;

  @Field({ description: "The person's name or the API key's name." })
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => UserModel, { nullable: true, description: 'The person, when it is one.' })
  user: UserModel | null;
}
