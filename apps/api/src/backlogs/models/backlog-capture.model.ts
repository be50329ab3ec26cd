import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { BacklogCaptureKindEnum } from '../dto/import-backlog-capture.input';
import { type CaptureKind } from '@lagebild/domain';
import { BacklogModel } from './backlog.model';

@ObjectType('BacklogCaptureIssue', { description: 'One problem of a capture file, by line.' })
export class BacklogCaptureIssueModel {
  @Field(() => Int, { description: 'Line of the file, from 1 (the header is line 1).' })
  line: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The column: ref, receivedAt, dueAt, doneAt, at or open; null for the row or file.',
  })
  column: string | null;

  @Field({ description: 'Machine-readable, e.g. DATE_FORMAT, REQUIRED or DUPLICATE_ROW.' })
  code: string;

  @Field(() => GraphQLJSON, { description: 'What the wording needs (the value, a limit, a line).' })
  params: Readonly<Record<string, unknown>>;

  @Field({ description: 'The problem in English.' })
  message: string;
}

@ObjectType('ImportBacklogCapturePayload')
export class ImportBacklogCapturePayload {
  @Field(() => BacklogModel)
  backlog: BacklogModel;

  @Field(() => BacklogCaptureKindEnum)
  kind: CaptureKind;

  @Field({ description: 'True when nothing was written on purpose (a check).' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Rows read (blank rows are skipped).' })
  rows: number;

  @Field(() => Int, { description: 'Rows that are new: items by ref, counts by moment.' })
  created: number;

  @Field(() => Int, { description: 'Rows that change what was stored for their ref or moment.' })
  updated: number;

  @Field(() => Int, { description: 'Rows that match what is stored already.' })
  unchanged: number;

  @Field(() => [BacklogCaptureIssueModel], {
    description:
      'The first problems by line (only in a dry run: an import with problems is refused).',
  })
  errors: BacklogCaptureIssueModel[];

  @Field(() => Int, { description: 'Every problem found, also those not listed.' })
  errorCount: number;

  @Field({ description: 'True when this key was seen before and nothing was written again.' })
  replayed: boolean;
}
