import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('AuthSession', {
  description:
    'A login: a short-lived access token to send as `Authorization: Bearer ...` and a refresh ' +
    'token to get the next one (also set as an httpOnly cookie for the dashboard).',
})
export class AuthSessionModel {
  @Field()
  accessToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token stops working.' })
  expiresAt: Date;

  @Field({ description: 'Single use: each refresh returns a new one.' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  refreshExpiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
