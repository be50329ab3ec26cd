import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type CommunicationLocale } from '@lagebild/domain';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CommunicationLocaleEnum } from '../communications/models/communication.model';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import {
  AddReviewActionInput,
  UpdateIncidentReviewInput,
  UpdateReviewActionInput,
} from './dto/review.inputs';
import { PostIncidentReviewModel, ReviewActionModel } from './models/post-incident-review.model';
import { ReviewsService } from './reviews.service';

/** The post-incident review on `Incident` (VIEWER reads) and its writing (RESPONDER). */
@Resolver(() => IncidentModel)
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @ResolveField(() => PostIncidentReviewModel, {
    nullable: true,
    description:
      'The post-incident review, generated from the data once the incident is resolved; null before.',
  })
  review(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<PostIncidentReviewModel | null> {
    return this.reviews.review(context, incident.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The review as one Markdown document in the language asked; null before resolution.',
  })
  reviewMarkdown(
    @Parent() incident: IncidentModel,
    @Args('locale', { type: () => CommunicationLocaleEnum }) locale: CommunicationLocale,
    @RequestCtx() context: RequestContext,
  ): Promise<string | null> {
    return this.reviews.markdown(context, incident.id, locale);
  }

  @Mutation(() => PostIncidentReviewModel, {
    description:
      'Saves what went well and what did not; `version` is the one read (0 while nothing was written), CONFLICT otherwise.',
  })
  @RequireRole('RESPONDER')
  updateIncidentReview(
    @Args('input') input: UpdateIncidentReviewInput,
    @CurrentActor() actor: Actor,
  ): Promise<PostIncidentReviewModel> {
    return this.reviews.updateReview(input, actor);
  }

  @Mutation(() => ReviewActionModel, { description: 'Adds a follow-up action to a review.' })
  @RequireRole('RESPONDER')
  addReviewAction(
    @Args('input') input: AddReviewActionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewActionModel> {
    return this.reviews.addAction(input, actor);
  }

  @Mutation(() => ReviewActionModel, {
    description: 'Changes a follow-up action or marks it done; CONFLICT when `version` is stale.',
  })
  @RequireRole('RESPONDER')
  updateReviewAction(
    @Args('input') input: UpdateReviewActionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReviewActionModel> {
    return this.reviews.updateAction(input, actor);
  }
}
