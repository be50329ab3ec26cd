import {
  type AnnouncementMessage,
  type Communication,
  type CommunicationAudience,
  type CommunicationChannel,
  type CommunicationLocale,
  type CommunicationStatus,
  type CommunicationTemplateKind,
  type MessageFacts,
} from '@lagebild/domain';
import { type CommunicationEntity } from './communication.entity';
import { type CommunicationModel } from './models/communication.model';

/*
 * Entity -> domain -> model. The database only holds values the domain validated, hence the
 * casts.
 */

export function toDomainCommunication(entity: CommunicationEntity): Communication {
  return {
    channel: entity.channel as CommunicationChannel,
    audience: entity.audience as CommunicationAudience,
    locale: entity.locale as CommunicationLocale,
    subject: entity.subject,
    body: entity.body,
    status: entity.status as CommunicationStatus,
    createdAt: entity.createdAt,
    approvedAt: entity.approvedAt,
    publishedAt: entity.publishedAt,
    retractedAt: entity.retractedAt,
  };
}

/** What the rule "customers were told" needs of a message. */
export function toMessageFacts(entity: CommunicationEntity): MessageFacts {
  return {
    status: entity.status as CommunicationStatus,
    audience: entity.audience as CommunicationAudience,
    publishedAt: entity.publishedAt,
    retractedAt: entity.retractedAt,
    timelineUpdateId: entity.timelineUpdateId,
  };
}

/** A message as the rule for standing announcements (auto-reply, phone) reads it. */
export function toAnnouncementMessage(entity: CommunicationEntity): AnnouncementMessage {
  return {
    ...toMessageFacts(entity),
    channel: entity.channel as CommunicationChannel,
    locale: entity.locale as CommunicationLocale,
    body: entity.body,
  };
}

/** Copies what the domain decided (status and its timestamps) onto a row. */
export function applyCommunication(
  entity: CommunicationEntity,
  communication: Communication,
): void {
  entity.status = communication.status;
  entity.approvedAt = communication.approvedAt;
  entity.publishedAt = communication.publishedAt;
  entity.retractedAt = communication.retractedAt;
}

export function toCommunicationModel(entity: CommunicationEntity): CommunicationModel {
  return {
    ...toDomainCommunication(entity),
    id: entity.id,
    incidentId: entity.incidentId,
    templateKind: entity.templateKind as CommunicationTemplateKind | null,
    version: entity.version,
    createdBy: entity.createdBy,
    approvedBy: entity.approvedBy,
    publishedBy: entity.publishedBy,
    retractedBy: entity.retractedBy,
    timelineUpdateId: entity.timelineUpdateId,
    updatedAt: entity.updatedAt,
    cohort: entity.cohort ?? null,
    correctsId: entity.correctsId ?? null,
  };
}

/** What the audit log keeps of a communication. */
export function auditSnapshot(entity: CommunicationEntity): Record<string, unknown> {
  return { ...toCommunicationModel(entity) };
}
