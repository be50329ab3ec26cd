import { Inject, Injectable } from '@nestjs/common';
import {
  belongsOnPublicTimeline,
  builtInCommunicationTemplate,
  type CommunicationStatus,
  type CommunicationTemplateState,
  draftCommunication,
  editCommunicationDraft,
  type Incident,
  latestPublicWord,
  type PublicWord,
  publicWordsAt,
  renderCommunicationTemplate,
  servicesConcerned,
  suggestCommunicationTemplateKind,
  fourEyesRefusal,
  transitionCommunication,
  cohortCorrectionText,
  correctionRefusal,
  DomainError,
  needsCohort,
  validateCohort,
  type CohortSpec,
  type CommunicationAudience,
  type CommunicationChannel,
  type CommunicationLocale,
  publicIncidentTitleText,
  publicTitleOfIncident,
} from '@lagebild/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SettingsService } from '../settings/settings.service';
import { type Actor, actorLabel } from '../auth/actor';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { applyVersionedChange } from '../common/versioned-update';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DeliveryService } from '../delivery/delivery.service';
import { type LoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { IncidentsService } from '../incidents/incidents.service';
import { LiveEventsService } from '../live/live-events.service';
import { BacklogsService } from '../backlogs/backlogs.service';
import { ServicesLoader } from '../services/services.loader';
import { CommunicationEntity } from './communication.entity';
import {
  applyCommunication,
  auditSnapshot,
  toDomainCommunication,
  toMessageFacts,
} from './communication.mapper';
import { CohortNoticesService } from './cohort-notices.service';
import { CommunicationsRepository } from './communications.repository';
import { type DraftCommunicationInput } from './dto/draft-communication.input';
import {
  type CommunicationTransitionInput,
  type DraftCorrectionNoticeInput,
  type EditCommunicationDraftInput,
  type PublishCommunicationInput,
} from './dto/communication-transition.input';

const TRANSITION_ACTIONS: Record<Exclude<CommunicationStatus, 'DRAFT'>, string> = {
  APPROVED: 'approveCommunication',
  PUBLISHED: 'publishCommunication',
  RETRACTED: 'retractCommunication',
};

/** Orchestrates customer communication: render from the incident, move through its states. */
@Injectable()
export class CommunicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CommunicationsRepository,
    private readonly incidents: IncidentsService,
    private readonly services: ServicesLoader,
    private readonly backlogs: BacklogsService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly delivery: DeliveryService,
    private readonly settings: SettingsService,
    private readonly cohorts: CohortNoticesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses a cohort the message cannot have, or one naming unknown backlogs; writes nothing. */
  private async checkCohort(
    channel: CommunicationChannel,
    audience: CommunicationAudience,
    cohort: CohortSpec | null,
  ): Promise<{ backlogKeys: string[]; openOnly: boolean } | null> {
    const known = cohort ? await this.cohorts.knownBacklogKeys(cohort.backlogKeys) : undefined;
    DomainError.assertNoIssues(validateCohort(channel, audience, cohort, known), 'Invalid cohort');
    return cohort ? { backlogKeys: [...cohort.backlogKeys], openOnly: cohort.openOnly } : null;
  }

  async get(id: string): Promise<CommunicationEntity> {
    const entity = await this.repository.findById(id);
    if (!entity) throw notFound('Communication', id);
    return entity;
  }

  /** Renders the template from the incident's current state and stores it as a draft. */
  async draft(
    input: DraftCommunicationInput,
    actor: Actor,
    scope: LoadScope,
  ): Promise<CommunicationEntity> {
    const now = this.clock.now();
    const incident = await this.incidents.findDomainIncident(input.incidentId);
    if (!incident) throw notFound('Incident', input.incidentId);
    const messages = (await this.repository.findByIncidentIds([incident.id])).map(toMessageFacts);
    const words = publicWordsAt(incident.updates, messages, now);
    const kind =
      input.kind ??
      suggestCommunicationTemplateKind({
        resolved: incident.status === 'RESOLVED',
        publicUpdateCount: words.length,
      });
    const cohort = await this.checkCohort(input.channel, input.audience, input.cohort ?? null);
    const template =
      input.template ??
      builtInCommunicationTemplate(input.channel, kind, input.locale, input.audience);
    const state = await this.templateState(incident, input, scope, now, words);
    const rendered = renderCommunicationTemplate(template, state, {
      locale: input.locale,
      timeZone: input.timeZone,
      now,
      // A cohort notice keeps {{greeting}} & co. for each customer's own facts.
      mergeFields: needsCohort(input.channel, input.audience),
    });
    const communication = draftCommunication(
      {
        channel: input.channel,
        audience: input.audience,
        locale: input.locale,
        subject: rendered.subject,
        body: rendered.body,
      },
      now,
    );
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const entity = Object.assign(new CommunicationEntity(), {
        id: newId(),
        incidentId: incident.id,
        channel: communication.channel,
        audience: communication.audience,
        locale: communication.locale,
        templateKind: input.template ? null : kind,
        subject: communication.subject,
        body: communication.body,
        version: 1,
        createdBy: actorLabel(actor),
        editedBy: null,
        approvedBy: null,
        publishedBy: null,
        retractedBy: null,
        timelineUpdateId: null,
        updatedAt: now,
        cohort,
        correctsId: null,
      });
      applyCommunication(entity, communication);
      entity.createdAt = communication.createdAt;
      await this.repository.insert(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'draftCommunication',
        entityType: 'Communication',
        entityId: entity.id,
        after: auditSnapshot(entity),
      });
      afterCommit(() => this.live.incidentChanged(incident.id, 'draftCommunication'));
      return entity;
    });
  }

  /**
   * New text for a draft, in place: the same message one version up, against the version the
   * editor was opened with. The domain refuses it once the message is no longer a draft.
   */
  async editDraft(input: EditCommunicationDraftInput, actor: Actor): Promise<CommunicationEntity> {
    // A new cohort is checked before the transaction: a refused one changes nothing.
    const current = input.cohort ? await this.get(input.id) : null;
    const cohort =
      current && input.cohort
        ? await this.checkCohort(
            current.channel as CommunicationChannel,
            current.audience as CommunicationAudience,
            input.cohort,
          )
        : undefined;
    return inTransaction(this.dataSource, (manager, afterCommit) =>
      applyVersionedChange(
        { manager, afterCommit, audit: this.audit, clock: this.clock },
        {
          describe: () => `Communication ${input.id}`,
          load: (tx) => this.repository.findById(input.id, tx),
          missing: () => notFound('Communication', input.id),
          expectedVersion: input.version,
          decide: (current) => {
            const edited = editCommunicationDraft(toDomainCommunication(current), {
              subject: input.subject,
              body: input.body,
            });
            const next = Object.assign(new CommunicationEntity(), current);
            applyCommunication(next, edited);
            next.subject = edited.subject;
            next.body = edited.body;
            if (cohort !== undefined) next.cohort = cohort;
            // A typed text is no longer the rendered template.
            next.templateKind = null;
            next.editedBy = actorLabel(actor);
            return { next };
          },
          save: (tx, next, expected) => this.repository.updateIfVersion(tx, next, expected),
          audit: (current, { next }) => ({
            actor,
            action: 'editCommunicationDraft',
            entityType: 'Communication',
            entityId: current.id,
            before: auditSnapshot(current),
            after: auditSnapshot(next),
          }),
          announce: ({ next }) =>
            this.live.incidentChanged(next.incidentId, 'editCommunicationDraft'),
        },
      ),
    );
  }

  /**
   * A new draft correcting a customer notice that went out: the same cohort and language,
   * linked to the original, its text naming the first mail for the responder to complete.
   */
  async draftCorrection(
    input: DraftCorrectionNoticeInput,
    actor: Actor,
  ): Promise<CommunicationEntity> {
    const original = await this.get(input.communicationId);
    const refusal = correctionRefusal({
      channel: original.channel as CommunicationChannel,
      audience: original.audience as CommunicationAudience,
      publishedAt: original.publishedAt,
    });
    if (refusal) throw new DomainError('BAD_USER_INPUT', refusal.message, [refusal]);
    const now = this.clock.now();
    const { timeZone } = await this.settings.current();
    const text = cohortCorrectionText(original, {
      locale: original.locale as CommunicationLocale,
      timeZone,
    });
    const communication = draftCommunication(
      {
        channel: original.channel,
        audience: original.audience,
        locale: original.locale,
        subject: text.subject,
        body: text.body,
      },
      now,
    );
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const entity = Object.assign(new CommunicationEntity(), {
        id: newId(),
        incidentId: original.incidentId,
        channel: communication.channel,
        audience: communication.audience,
        locale: communication.locale,
        templateKind: null,
        subject: communication.subject,
        body: communication.body,
        version: 1,
        createdBy: actorLabel(actor),
        editedBy: null,
        approvedBy: null,
        publishedBy: null,
        retractedBy: null,
        timelineUpdateId: null,
        updatedAt: now,
        cohort: original.cohort,
        correctsId: original.id,
      });
      applyCommunication(entity, communication);
      entity.createdAt = communication.createdAt;
      await this.repository.insert(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'draftCorrectionNotice',
        entityType: 'Communication',
        entityId: entity.id,
        after: auditSnapshot(entity),
      });
      afterCommit(() => this.live.incidentChanged(original.incidentId, 'draftCommunication'));
      return entity;
    });
  }

  approve(input: CommunicationTransitionInput, actor: Actor): Promise<CommunicationEntity> {
    return this.transition(input, 'APPROVED', actor);
  }

  publish(input: PublishCommunicationInput, actor: Actor): Promise<CommunicationEntity> {
    return this.transition(input, 'PUBLISHED', actor, input.nextUpdateAt ?? null);
  }

  retract(input: CommunicationTransitionInput, actor: Actor): Promise<CommunicationEntity> {
    return this.transition(input, 'RETRACTED', actor);
  }

  /**
   * Load -> version check -> the domain's state machine decides -> save -> audit -> announce.
   * Publishing a public status-page message writes its public timeline entry in the same
   * transaction, so the message and the entry land together or not at all.
   */
  private transition(
    input: CommunicationTransitionInput,
    to: Exclude<CommunicationStatus, 'DRAFT'>,
    actor: Actor,
    nextUpdateAt: Date | null = null,
  ): Promise<CommunicationEntity> {
    const action = TRANSITION_ACTIONS[to];
    return inTransaction(this.dataSource, (manager, afterCommit) =>
      applyVersionedChange(
        { manager, afterCommit, audit: this.audit, clock: this.clock },
        {
          describe: () => `Communication ${input.id}`,
          load: (tx) => this.repository.findById(input.id, tx),
          missing: () => notFound('Communication', input.id),
          expectedVersion: input.version,
          decide: async (current, now, tx) => {
            const moved = transitionCommunication(toDomainCommunication(current), to, now);
            const next = Object.assign(new CommunicationEntity(), current);
            applyCommunication(next, moved);
            const by = actorLabel(actor);
            if (to === 'APPROVED') {
              const { fourEyesApproval } = await this.settings.current();
              const refusal = fourEyesRefusal(
                [current.createdBy, current.editedBy],
                by,
                fourEyesApproval,
              );
              if (refusal) throw refusal;
              next.approvedBy = by;
            }
            if (to === 'RETRACTED') {
              next.retractedBy = by;
              // Mail that left cannot be unsent; what has not left yet is stopped.
              if (current.cohort && current.publishedAt) {
                await this.delivery.cancelNoticeWithin(tx, current.id);
              }
            }
            if (to === 'PUBLISHED') {
              next.publishedBy = by;
              // The public entry is part of publishing: written in the same transaction.
              if (belongsOnPublicTimeline(moved)) {
                next.timelineUpdateId = await this.postPublicEntry(
                  tx,
                  afterCommit,
                  current,
                  nextUpdateAt,
                  actor,
                );
              }
              if (needsCohort(moved.channel, moved.audience)) {
                await this.cohorts.queueWithin(tx, afterCommit, next, now);
              }
              if (moved.audience !== 'INTERNAL') {
                await this.announcePublished(tx, afterCommit, next, now);
              }
            }
            return { next };
          },
          save: (tx, next, expected) => this.repository.updateIfVersion(tx, next, expected),
          audit: (current, { next }) => ({
            actor,
            action,
            entityType: 'Communication',
            entityId: current.id,
            before: auditSnapshot(current),
            after: auditSnapshot(next),
          }),
          announce: ({ next }) => this.live.incidentChanged(next.incidentId, action),
        },
      ),
    );
  }

  /** Tells the webhook endpoints following the incident's services, in the same transaction. */
  private async announcePublished(
    manager: Parameters<IncidentsService['postUpdateWithin']>[0],
    afterCommit: (callback: () => void) => void,
    communication: CommunicationEntity,
    now: Date,
  ): Promise<void> {
    const incident = await this.incidents.findDomainIncident(communication.incidentId, manager);
    await this.delivery.webhookEventWithin(
      manager,
      afterCommit,
      {
        type: 'communication.published',
        eventKey: `communication:${communication.id}:v${communication.version}`,
        serviceKeys: incident ? servicesConcerned(incident) : [],
        data: {
          communication: {
            id: communication.id,
            incidentId: communication.incidentId,
            incidentRef: incident?.ref ?? null,
            channel: communication.channel,
            audience: communication.audience,
            locale: communication.locale,
            subject: communication.subject,
            body: communication.body,
            publishedAt: now.toISOString(),
          },
        },
      },
      now,
    );
  }

  /** Writes the message as a public timeline entry; returns the entry's id. */
  private async postPublicEntry(
    manager: Parameters<IncidentsService['postUpdateWithin']>[0],
    afterCommit: (callback: () => void) => void,
    communication: CommunicationEntity,
    nextUpdateAt: Date | null,
    actor: Actor,
  ): Promise<string> {
    await this.incidents.postUpdateWithin(
      manager,
      afterCommit,
      {
        incidentId: communication.incidentId,
        body: communication.body,
        visibility: 'PUBLIC',
        nextUpdateAt,
      },
      actor,
    );
    const incident = await this.incidents.findDomainIncident(communication.incidentId, manager);
    const entry = incident?.updates.at(-1);
    /* istanbul ignore next -- the entry was just written in this transaction */
    if (!entry) throw notFound('Incident', communication.incidentId);
    return entry.id;
  }

  /** The incident's state as a template sees it. */
  private async templateState(
    incident: Incident,
    input: DraftCommunicationInput,
    scope: LoadScope,
    now: Date,
    words: readonly PublicWord[],
  ): Promise<CommunicationTemplateState> {
    const [catalogue, backlogs, organisation, identity] = await Promise.all([
      this.services.modelsByKey(scope),
      this.backlogs.situationFacts(now, { incidentIds: [incident.id] }),
      this.settings.current(),
      this.settings.publicIdentity(),
    ]);
    // The organisation's own public address wins over the server's setting.
    const publicUrl = organisation.publicUrl ?? this.config.publicUrl ?? null;
    const openImpacts = incident.impacts.filter((impact) => impact.until === null);
    // The promise that stands: the newest word's, as long as it still lies ahead.
    const promise = latestPublicWord(words)?.nextUpdateAt ?? null;
    return {
      incident: {
        ref: incident.ref,
        // Customers read the public title; only a message to staff names the team's own.
        title:
          input.audience === 'INTERNAL'
            ? incident.title
            : publicIncidentTitleText(
                publicTitleOfIncident(incident, identity.serviceNames),
                input.locale,
              ),
        severity: incident.severity,
        status: incident.status,
        startedAt: incident.startedAt,
        resolvedAt: incident.resolvedAt,
        summary: null,
      },
      affectedServices: openImpacts.map((impact) => ({
        name: catalogue.get(impact.serviceKey)?.name ?? impact.serviceKey,
        status: impact.status,
      })),
      expectedRecoveryAt: input.expectedRecoveryAt ?? null,
      nextUpdateAt: promise !== null && promise.getTime() > now.getTime() ? promise : null,
      backlogs: backlogs
        .filter((backlog) => !backlog.accepted)
        .map((backlog) => ({ name: backlog.name, open: backlog.open, clearsAt: backlog.clearsAt })),
      statusPageUrl: publicUrl ? `${publicUrl.replace(/\/$/, '')}/status` : null,
      // Messages are signed by the organisation (its name as the admins set it).
      organizationName: organisation.organisationName,
    };
  }
}
