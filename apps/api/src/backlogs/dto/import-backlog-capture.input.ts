import { CAPTURE_KINDS, CAPTURE_MAX_CSV_LENGTH, type CaptureKind } from '@lagebild/domain';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export const BacklogCaptureKindEnum = Object.fromEntries(
  CAPTURE_KINDS.map((kind) => [kind, kind]),
) as { [K in CaptureKind]: K };

registerEnumType(BacklogCaptureKindEnum, {
  name: 'BacklogCaptureKind',
  description:
    'What a capture file holds: ITEMS (one row per piece of work) or COUNTS (open at a moment).',
});

@InputType({ description: 'A CSV of work captured on paper while the systems were down.' })
export class ImportBacklogCaptureInput {
  @Field()
  @IsString()
  @MaxLength(64)
  backlogKey: string;

  @Field(() => BacklogCaptureKindEnum)
  @IsIn(CAPTURE_KINDS)
  kind: CaptureKind;

  @Field({
    description: `The file's text (UTF-8, a leading BOM is ignored), delimited by ; , or tab; at most ${CAPTURE_MAX_CSV_LENGTH} characters.`,
  })
  @IsString()
  @MaxLength(CAPTURE_MAX_CSV_LENGTH)
  csv: string;

  @Field({
    nullable: true,
    description: 'True: check the file and say what an import would do, writing nothing.',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  @Field({
    nullable: true,
    description: 'Any string unique per upload; a retry with it changes nothing and says replayed.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey?: string;
}
