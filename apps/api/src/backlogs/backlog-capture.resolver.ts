import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CAPTURE_MAX_ROWS } from '@lagebild/domain';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor } from '../graphql/context';
import { toBacklogModel } from './backlog.mapper';
import { BacklogCaptureService } from './backlog-capture.service';
import { ImportBacklogCaptureInput } from './dto/import-backlog-capture.input';
import { ImportBacklogCapturePayload } from './models/backlog-capture.model';

@Resolver()
export class BacklogCaptureResolver {
  constructor(private readonly capture: BacklogCaptureService) {}

  @Mutation(() => ImportBacklogCapturePayload, {
    description: `Imports a CSV of items or counts captured on paper (at most ${CAPTURE_MAX_ROWS} rows): all or nothing, problems by line. dryRun checks without writing; the same file twice changes nothing (items by ref, counts by moment).`,
  })
  @RequireRole('RESPONDER')
  async importBacklogCapture(
    @Args('input') input: ImportBacklogCaptureInput,
    @CurrentActor() actor: Actor,
  ): Promise<ImportBacklogCapturePayload> {
    const outcome = await this.capture.import(input, actor);
    return {
      backlog: toBacklogModel(outcome.backlog),
      kind: outcome.kind,
      dryRun: outcome.dryRun,
      rows: outcome.received,
      created: outcome.inserted,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      errors: outcome.issues.map((issue) => ({
        line: issue.line,
        column: issue.column,
        code: issue.code,
        params: issue.params,
        message: issue.message,
      })),
      errorCount: outcome.issueCount,
      replayed: outcome.replayed,
    };
  }
}
