import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CohortInput } from './draft-communication.input';

@InputType({ description: 'Moves a communication one step; `version` must be current.' })
export class CommunicationTransitionInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({
  description:
    'Publishes an approved communication. A public status-page message also becomes a public timeline entry of the incident.',
})
export class PublishCommunicationInput extends CommunicationTransitionInput {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The next update promised to readers (kept on the timeline entry).',
  })
  @IsOptional()
  @IsDate()
  nextUpdateAt?: Date;
}

@InputType({
  description:
    'New text for a DRAFT, changed in place; `version` is the one the editor was opened with.',
})
export class EditCommunicationDraftInput extends CommunicationTransitionInput {
  @Field()
  @IsString()
  @MaxLength(20_000)
  subject: string;

  @Field()
  @IsString()
  @MaxLength(20_000)
  body: string;

  @Field(() => CohortInput, {
    nullable: true,
    description: 'A new cohort for an e-mail to the affected customers; left out: unchanged.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortInput)
  cohort?: CohortInput;
}

@InputType({
  description:
    'Drafts a correction to a customer notice already sent: mail cannot be unsent, so the same customers get a second mail.',
})
export class DraftCorrectionNoticeInput {
  @Field(() => ID, { description: 'The notice to correct.' })
  @IsString()
  @MaxLength(36)
  communicationId: string;
}
