import {
  type CommunicationAudience,
  type CommunicationChannel,
  type CommunicationLocale,
  type CommunicationTemplateKind,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CommunicationAudienceEnum,
  CommunicationChannelEnum,
  CommunicationLocaleEnum,
  CommunicationTemplateKindEnum,
} from '../models/communication.model';

@InputType({ description: 'Custom template text (Handlebars; see docs/domain.md for variables).' })
export class CommunicationTemplateInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  subject: string;

  @Field()
  @IsString()
  @MaxLength(20_000)
  body: string;
}

@InputType({
  description:
    'The affected customers an e-mail goes to: those named on the items of these backlogs.',
})
export class CohortInput {
  @Field(() => [String], { description: 'Backlog keys whose items name the customers.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  backlogKeys: string[];

  @Field({ description: 'Only the customers of items still open when it is sent.' })
  @IsBoolean()
  openOnly: boolean;
}

@InputType({
  description:
    'Renders a message from the incident’s current state. Without `template` the built-in one for channel, kind and locale is used.',
})
export class DraftCommunicationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  incidentId: string;

  @Field(() => CommunicationChannelEnum)
  @IsIn(Object.values(CommunicationChannelEnum))
  channel: CommunicationChannel;

  @Field(() => CommunicationAudienceEnum)
  @IsIn(Object.values(CommunicationAudienceEnum))
  audience: CommunicationAudience;

  @Field(() => CommunicationLocaleEnum)
  @IsIn(Object.values(CommunicationLocaleEnum))
  locale: CommunicationLocale;

  @Field(() => CommunicationTemplateKindEnum, {
    nullable: true,
    description:
      'Which built-in template; default: RESOLVED once resolved, INITIAL before any public word, else UPDATE.',
  })
  @IsOptional()
  @IsIn(Object.values(CommunicationTemplateKindEnum))
  kind?: CommunicationTemplateKind;

  @Field(() => CommunicationTemplateInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommunicationTemplateInput)
  template?: CommunicationTemplateInput;

  @Field({ nullable: true, description: 'IANA time zone for dates; default Europe/Berlin.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When we expect everything to work again, if the team wants to say so.',
  })
  @IsOptional()
  @IsDate()
  expectedRecoveryAt?: Date;

  @Field(() => CohortInput, {
    nullable: true,
    description:
      'Required for an EMAIL to AFFECTED_CUSTOMERS (one mail per customer address, merged with their facts), refused otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortInput)
  cohort?: CohortInput;
}
