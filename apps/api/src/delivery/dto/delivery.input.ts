import {
  type CommunicationLocale,
  COMMUNICATION_LOCALES,
  SUBSCRIBER_EMAIL_MAX_LENGTH,
  SUBSCRIPTION_SERVICE_KEYS_MAX,
  WEBHOOK_DESCRIPTION_MAX_LENGTH,
  WEBHOOK_SERVICE_KEYS_MAX,
  WEBHOOK_URL_MAX_LENGTH,
} from '@lagebild/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CommunicationLocaleEnum, DeliveryStatusEnum } from '../models/delivery.model';

@InputType()
export class SubscribeToStatusInput {
  @Field()
  @IsString()
  @MaxLength(SUBSCRIBER_EMAIL_MAX_LENGTH)
  email: string;

  @Field(() => CommunicationLocaleEnum)
  @IsIn(COMMUNICATION_LOCALES)
  locale: CommunicationLocale;

  @Field(() => [String], { description: 'Services to follow; empty means all.' })
  @IsArray()
  @ArrayMaxSize(SUBSCRIPTION_SERVICE_KEYS_MAX)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  serviceKeys: string[];
}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field()
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  url: string;

  @Field(() => [String], { description: 'Services whose events it receives; empty means all.' })
  @IsArray()
  @ArrayMaxSize(WEBHOOK_SERVICE_KEYS_MAX)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  serviceKeys: string[];

  @Field()
  @IsString()
  @MaxLength(WEBHOOK_DESCRIPTION_MAX_LENGTH)
  description: string;
}

@InputType()
export class DisableWebhookSubscriptionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version the admin saw; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class RetryOutboxMessageInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class OutboxMessagesArgs {
  @Field(() => [DeliveryStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(DeliveryStatusEnum), { each: true })
  status?: (keyof typeof DeliveryStatusEnum)[];

  @Field(() => Int, { nullable: true, description: 'Newest first; at most 500 (default 100).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  first?: number;
}
