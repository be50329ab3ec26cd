import { Args, Query, Resolver } from '@nestjs/graphql';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { RequireRole } from '../auth/roles.decorator';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { PictureAnswers } from '../situation-picture/picture-answers';
import { OVERVIEW_PICTURE, type OverviewPicture } from '../situation-picture/pictures';
import { OverviewArgs } from './dto/overview.args';
import { OverviewModel } from './models/overview.model';
import { OverviewService } from './overview.service';

@Resolver(() => OverviewModel)
export class OverviewResolver implements OnModuleInit {
  constructor(
    private readonly overviewService: OverviewService,
    @Inject(OVERVIEW_PICTURE) private readonly picture: OverviewPicture,
    private readonly answers: PictureAnswers,
  ) {}

  onModuleInit(): void {
    // `overview` without `asOf` is the kept picture: its rendered answer is reused until it changes.
    this.answers.serve({
      field: 'overview',
      picture: this.picture,
      handler: OverviewResolver.prototype.overview,
      resolverClass: OverviewResolver,
    });
  }

  @Query(() => OverviewModel, {
    description:
      "Management's situation picture: active incidents, services down against their RTO, recovery progress, backlogs, communication debt, missed promises and incidents not yet business-recovered.",
  })
  @RequireRole('VIEWER')
  overview(
    @Args() args: OverviewArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<OverviewModel> {
    // Now is kept in memory; a past moment is replayed from the database.
    if (args.asOf === undefined || args.asOf === null) return this.picture.read();
    return this.overviewService.overview(context, args.asOf);
  }
}
