import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { DeliveryStatusEnum } from '../delivery/models/delivery.model';
import { DeliveryService } from '../delivery/delivery.service';
import { CohortNoticesService } from './cohort-notices.service';
import { CommunicationsService } from './communications.service';
import {
  CohortPreviewModel,
  CommunicationDeliveryConnectionModel,
} from './models/cohort-notice.model';
import { CommunicationModel } from './models/communication.model';

const cursorOf = (email: string): string => Buffer.from(email, 'utf8').toString('base64url');
const emailOf = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

/** The cohort side of a customer notice: its preview and its delivery records (RESPONDER+). */
@Resolver(() => CommunicationModel)
export class CommunicationCohortResolver {
  constructor(
    private readonly communications: CommunicationsService,
    private readonly cohorts: CohortNoticesService,
    private readonly delivery: DeliveryService,
  ) {}

  @ResolveField(() => CohortPreviewModel, {
    nullable: true,
    description:
      'For an e-mail to the affected customers: how many distinct addresses it reaches if published now, and three rendered mails.',
  })
  @RequireRole('RESPONDER')
  async cohortPreview(@Parent() parent: CommunicationModel): Promise<CohortPreviewModel | null> {
    if (!parent.cohort) return null;
    return this.cohorts.preview(await this.communications.get(parent.id));
  }

  @ResolveField(() => CommunicationDeliveryConnectionModel, {
    description:
      'One record per recipient of a published customer notice: QUEUED, SENT or FAILED, attempts, last error. Ordered by address.',
  })
  @RequireRole('RESPONDER')
  async deliveries(
    @Parent() parent: CommunicationModel,
    @Args('status', { type: () => [DeliveryStatusEnum], nullable: true })
    status: (keyof typeof DeliveryStatusEnum)[] | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CommunicationDeliveryConnectionModel> {
    const limit = Math.max(0, Math.min(first, 500));
    const statuses = status ?? [];
    const [rows, counts] = await Promise.all([
      this.delivery.deliveriesOf(parent.id, {
        statuses,
        afterEmail: after ? emailOf(after) : null,
        limit: limit + 1,
      }),
      this.delivery.deliveryCounts(parent.id),
    ]);
    const page = rows.slice(0, limit);
    const count = (name: string) => counts.get(name) ?? 0;
    return {
      edges: page.map((node) => ({ cursor: cursorOf(node.email), node })),
      nodes: page,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: page.length > 0 ? cursorOf((page.at(-1) as { email: string }).email) : null,
      },
      totalCount:
        statuses.length === 0
          ? count('QUEUED') + count('SENT') + count('FAILED')
          : statuses.reduce((sum, name) => sum + count(name), 0),
      queued: count('QUEUED'),
      sent: count('SENT'),
      failed: count('FAILED'),
    };
  }

  @ResolveField(() => String, {
    description:
      'Every delivery record as CSV (email,name,status,attempts,last_error,sent_at), for a spreadsheet.',
  })
  @RequireRole('RESPONDER')
  deliveriesCsv(@Parent() parent: CommunicationModel): Promise<string> {
    return this.delivery.deliveriesCsv(parent.id);
  }
}
