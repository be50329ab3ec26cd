import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Without `refreshToken` the httpOnly cookie set at login is used (the dashboard's way). */
@InputType()
export class RefreshSessionInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

@InputType()
export class LogoutInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
