import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { toCommunicationModel } from './communication.mapper';
import { CommunicationsService } from './communications.service';
import {
  CommunicationTransitionInput,
  DraftCorrectionNoticeInput,
  EditCommunicationDraftInput,
  PublishCommunicationInput,
} from './dto/communication-transition.input';
import { DraftCommunicationInput } from './dto/draft-communication.input';
import { CommunicationModel } from './models/communication.model';

@Resolver(() => CommunicationModel)
export class CommunicationsResolver {
  constructor(private readonly communications: CommunicationsService) {}

  @Mutation(() => CommunicationModel, {
    description: 'Renders a message from the incident’s current state and keeps it as a DRAFT.',
  })
  @RequireRole('RESPONDER')
  async draftCommunication(
    @Args('input') input: DraftCommunicationInput,
    @CurrentActor() actor: Actor,
    @RequestCtx() context: RequestContext,
  ): Promise<CommunicationModel> {
    return toCommunicationModel(await this.communications.draft(input, actor, context));
  }

  @Mutation(() => CommunicationModel, {
    description:
      'Changes the subject and body of a DRAFT in place (the same message, one version up); CONFLICT once it is approved or when `version` is outdated.',
  })
  @RequireRole('RESPONDER')
  async editCommunicationDraft(
    @Args('input') input: EditCommunicationDraftInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommunicationModel> {
    return toCommunicationModel(await this.communications.editDraft(input, actor));
  }

  @Mutation(() => CommunicationModel, {
    description:
      'Drafts a correction to a customer notice that went out (mail cannot be unsent): the same cohort, linked by `correctsId`.',
  })
  @RequireRole('RESPONDER')
  async draftCorrectionNotice(
    @Args('input') input: DraftCorrectionNoticeInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommunicationModel> {
    return toCommunicationModel(await this.communications.draftCorrection(input, actor));
  }

  @Mutation(() => CommunicationModel, { description: 'DRAFT -> APPROVED.' })
  @RequireRole('RESPONDER')
  async approveCommunication(
    @Args('input') input: CommunicationTransitionInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommunicationModel> {
    return toCommunicationModel(await this.communications.approve(input, actor));
  }

  @Mutation(() => CommunicationModel, {
    description:
      'APPROVED -> PUBLISHED. A public status-page message becomes a public timeline entry and so ends the communication debt.',
  })
  @RequireRole('RESPONDER')
  async publishCommunication(
    @Args('input') input: PublishCommunicationInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommunicationModel> {
    return toCommunicationModel(await this.communications.publish(input, actor));
  }

  @Mutation(() => CommunicationModel, {
    description:
      'Withdraws a message (DRAFT, APPROVED or PUBLISHED -> RETRACTED); a retracted status-page message leaves the public page. A customer notice’s mails that left cannot be unsent: only those still queued are stopped (write a correction with draftCorrectionNotice).',
  })
  @RequireRole('RESPONDER')
  async retractCommunication(
    @Args('input') input: CommunicationTransitionInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommunicationModel> {
    return toCommunicationModel(await this.communications.retract(input, actor));
  }
}
