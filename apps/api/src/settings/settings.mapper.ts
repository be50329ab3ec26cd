import {
  DEFAULT_ORGANISATION_SETTINGS,
  type OrganisationSettings,
  SEVERITIES,
} from '@lagebild/domain';
import { type OrganisationSettingsEntity } from './organisation-settings.entity';
import { type OrganisationSettingsModel } from './models/organisation-settings.model';

/** Entity -> domain: what was set over the defaults (a field set later starts at its default). */
export function toDomainSettings(entity: OrganisationSettingsEntity): OrganisationSettings {
  const stored = entity.settings as Partial<OrganisationSettings>;
  return {
    ...DEFAULT_ORGANISATION_SETTINGS,
    ...stored,
    cadence: { ...DEFAULT_ORGANISATION_SETTINGS.cadence, ...(stored.cadence ?? {}) },
  };
}

/** Domain -> GraphQL; `serviceKeys` lists every catalogue service, mentioned or not. */
export function toSettingsModel(
  entity: OrganisationSettingsEntity,
  serviceKeys: readonly string[],
): OrganisationSettingsModel {
  const settings = toDomainSettings(entity);
  const byKey = new Map(settings.services.map((service) => [service.serviceKey, service]));
  return {
    organisationName: settings.organisationName,
    statusPageTitle: settings.statusPageTitle,
    supportContact: settings.supportContact,
    contactWays: settings.contactWays.map((way) => ({ ...way })),
    timeZone: settings.timeZone,
    cadence: SEVERITIES.map((severity) => ({
      severity,
      minutes: settings.cadence[severity],
    })),
    publicUrl: settings.publicUrl,
    services: serviceKeys.map(
      (serviceKey) =>
        byKey.get(serviceKey) ?? { serviceKey, publicName: null, shownOnStatusPage: true },
    ),
    fourEyesApproval: settings.fourEyesApproval,
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}
