import { Injectable } from '@nestjs/common';
import {
  COHORT_SAMPLE_COUNT,
  type CohortSelection,
  type CommunicationLocale,
  DomainError,
  emptyCohortRefusal,
  renderCohortMail,
  selectCohort,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BacklogsService } from '../backlogs/backlogs.service';
import { Clock } from '../common/clock';
import { type CohortNoticeMail, DeliveryService } from '../delivery/delivery.service';
import { SettingsService } from '../settings/settings.service';
import { type CommunicationEntity } from './communication.entity';
import { type CohortPreviewModel } from './models/cohort-notice.model';

type AfterCommit = (callback: () => void) => void;

/**
 * Notices to the affected customers: gathers the facts (the customers on the cohort's items
 * from the backlogs, their forecasts, suppressed addresses and tokens from delivery) and lets
 * the domain choose the recipients and render each mail.
 */
@Injectable()
export class CohortNoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly backlogs: BacklogsService,
    private readonly delivery: DeliveryService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /** The backlog keys among these that exist (validating a cohort). */
  async knownBacklogKeys(keys: readonly string[]): Promise<Set<string>> {
    return (await this.backlogs.cohortItems(keys, undefined, { itemsToo: false })).known;
  }

  /** How many would receive the notice now, and three of their mails. */
  async preview(entity: CommunicationEntity): Promise<CohortPreviewModel | null> {
    if (!entity.cohort) return null;
    const now = this.clock.now();
    const { selection, render } = await this.gather(this.dataSource.manager, entity, now, false);
    return {
      recipientCount: selection.recipients.length,
      suppressedCount: selection.suppressedCount,
      otherLocaleCount: selection.otherLocaleCount,
      samples: selection.recipients.slice(0, COHORT_SAMPLE_COUNT).map((recipient) => ({
        email: recipient.email,
        name: recipient.name,
        ...render(recipient, null),
      })),
    };
  }

  /**
   * Queues one mail per recipient in the publishing transaction; refuses (`COHORT_EMPTY`)
   * when the notice would reach nobody. Returns how many were queued.
   */
  async queueWithin(
    manager: EntityManager,
    afterCommit: AfterCommit,
    entity: CommunicationEntity,
    now: Date,
  ): Promise<number> {
    const { selection, render, tokens } = await this.gather(manager, entity, now, true);
    const refusal = emptyCohortRefusal(selection.recipients.length);
    if (refusal)
      throw new DomainError('BAD_USER_INPUT', `Invalid cohort: ${refusal.message}`, [refusal]);
    const mails: CohortNoticeMail[] = selection.recipients.map((recipient) => {
      const token = tokens.get(recipient.email)?.token as string;
      return { email: recipient.email, name: recipient.name, token, ...render(recipient, token) };
    });
    await this.delivery.cohortNoticesWithin(
      manager,
      afterCommit,
      { communicationId: entity.id, mails },
      now,
    );
    return mails.length;
  }

  private async gather(
    manager: EntityManager,
    entity: CommunicationEntity,
    now: Date,
    createTokens: boolean,
  ) {
    const cohort = entity.cohort ?? { backlogKeys: [], openOnly: true };
    const locale = entity.locale as CommunicationLocale;
    const { items, backlogIds } = await this.backlogs.cohortItems(cohort.backlogKeys, manager);
    const emails = [...new Set(items.map((item) => item.customerEmail.trim().toLowerCase()))];
    // Suppressed addresses first; tokens only for those who will get a mail.
    const known = await this.delivery.customerAddressesWithin(manager, emails, now, false);
    const suppressed = new Set(
      [...known].filter(([, facts]) => facts.unsubscribed).map(([email]) => email),
    );
    const selection: CohortSelection = selectCohort(items, {
      openOnly: cohort.openOnly,
      locale,
      suppressed,
    });
    const tokens = createTokens
      ? await this.delivery.customerAddressesWithin(
          manager,
          selection.recipients.map((recipient) => recipient.email),
          now,
          true,
        )
      : known;
    const [facts, settings] = await Promise.all([
      this.backlogs.situationFacts(now, { backlogIds: [...backlogIds.values()] }),
      this.settings.current(),
    ]);
    const clearsAt = new Map(facts.map((fact) => [fact.key, fact.clearsAt]));
    const render = (recipient: CohortSelection['recipients'][number], token: string | null) =>
      renderCohortMail(
        { subject: entity.subject, body: entity.body },
        recipient,
        {
          clearsAt,
          unsubscribeUrl: this.delivery.customerUnsubscribeUrl(token ?? '…'),
        },
        { locale, timeZone: settings.timeZone },
      );
    return { selection, render, tokens };
  }
}
