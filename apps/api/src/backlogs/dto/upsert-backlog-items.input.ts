import { BACKLOG_MAX_ITEMS_PER_CALL } from '@lagebild/domain';
import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NullClears, ValidatedInSlices } from '../../graphql/validation.pipe';

/** An item's full current state: a known ref is overwritten, so a left-out time is cleared. */
@InputType({
  description:
    "An item's full current state; for a known ref a left-out dueAt or doneAt is cleared.",
})
export class BacklogItemInput {
  @Field({ description: "The reporting system's reference, unique within the backlog." })
  @IsString()
  @MaxLength(200)
  externalRef: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  receivedAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "Due time; left out: receivedAt + the backlog's promiseHours.",
  })
  @IsOptional()
  @IsDate()
  @NullClears()
  dueAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set once it is done.' })
  @IsOptional()
  @IsDate()
  @NullClears()
  doneAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The customer the item is for: notices to the affected customers go to this address. Left out: none.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @NullClears()
  customerEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's name for the greeting." })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @NullClears()
  customerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The customer's language, `de` or `en`; left out: the notice's language.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  @NullClears()
  locale?: string | null;
}

@InputType()
export class UpsertBacklogItemsInput {
  @Field()
  @IsString()
  @MaxLength(64)
  backlogKey: string;

  @Field(() => [BacklogItemInput], {
    description: `Items by external ref: new ones are added, known ones updated (at most ${BACKLOG_MAX_ITEMS_PER_CALL}).`,
  })
  @IsArray()
  @ArrayMaxSize(BACKLOG_MAX_ITEMS_PER_CALL)
  @ValidatedInSlices(() => BacklogItemInput)
  items: BacklogItemInput[];

  @Field({ description: 'Any string unique per batch; a retry with it changes nothing.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey: string;
}
