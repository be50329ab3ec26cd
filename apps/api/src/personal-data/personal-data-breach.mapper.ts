import {
  type DataBreachInput,
  type DataBreachRecord,
  type AuthorityDecision,
  type BreachAspect,
  notificationClock,
} from '@lagebild/domain';
import { type RecordPersonalDataBreachInput } from './dto/record-personal-data-breach.input';
import { type PersonalDataBreachModel } from './models/personal-data-breach.model';
import { PersonalDataBreachEntity } from './personal-data-breach.entity';

/* Entity -> domain -> model. The database only holds values the domain validated. */

export function toDomainBreach(entity: PersonalDataBreachEntity): DataBreachRecord {
  return {
    aspects: entity.aspects as BreachAspect[],
    awareAt: entity.awareAt,
    facts: entity.facts,
    effects: entity.effects,
    remedialAction: entity.remedialAction,
    affectedPeopleEstimate: entity.affectedPeopleEstimate,
    authorityDecision: entity.authorityDecision as AuthorityDecision,
    authorityNotifiedAt: entity.authorityNotifiedAt,
    authorityReason: entity.authorityReason,
  };
}

export function toBreachInput(input: RecordPersonalDataBreachInput): DataBreachInput {
  return {
    aspects: input.aspects,
    awareAt: input.awareAt,
    facts: input.facts ?? '',
    effects: input.effects ?? '',
    remedialAction: input.remedialAction ?? '',
    affectedPeopleEstimate: input.affectedPeopleEstimate ?? null,
    authorityDecision: input.authorityDecision ?? 'PENDING',
    authorityNotifiedAt: input.authorityNotifiedAt ?? null,
    authorityReason: input.authorityReason ?? '',
  };
}

/** A row holding `record`, keeping the row's identity and history fields. */
export function toBreachEntity(
  record: DataBreachRecord,
  base: Pick<
    PersonalDataBreachEntity,
    'incidentId' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt'
  >,
): PersonalDataBreachEntity {
  return Object.assign(new PersonalDataBreachEntity(), base, record);
}

/** The record with its clock at `now`, as GraphQL shows it. */
export function toBreachModel(
  entity: PersonalDataBreachEntity,
  now: Date,
): PersonalDataBreachModel {
  const record = toDomainBreach(entity);
  return {
    ...record,
    incidentId: entity.incidentId,
    clock: notificationClock(record, now),
    version: entity.version,
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
