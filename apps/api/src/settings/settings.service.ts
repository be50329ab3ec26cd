import { Injectable } from '@nestjs/common';
import {
  type CommunicationCadence,
  DomainError,
  normaliseOrganisationSettings,
  publishedServices,
  statusPageTitleOf,
  type OrganisationSettings,
  SEVERITIES,
  validateOrganisationSettings,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { versionedUpdate } from '../common/versioned-update';
import { perRequest, type LoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { LiveEventsService } from '../live/live-events.service';
import { ServicesService } from '../services/services.service';
import { type UpdateSettingsInput } from './dto/update-settings.input';
import { OrganisationSettingsEntity } from './organisation-settings.entity';
import { type OrganisationSettingsModel } from './models/organisation-settings.model';
import { toDomainSettings, toSettingsModel } from './settings.mapper';
import { SettingsRepository } from './settings.repository';

/** The organisation settings: read by the public view and the operations tool, changed by admins. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SettingsRepository,
    private readonly services: ServicesService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  /** The cadence of public words per severity, read once per load scope (request or picture). */
  cadence(scope: LoadScope): Promise<CommunicationCadence> {
    return perRequest(scope, 'settings.cadence', async () => (await this.current()).cadence);
  }

  /** The settings in force (the domain's defaults until an admin sets them). */
  async current(): Promise<OrganisationSettings> {
    const entity = await this.repository.find();
    if (!entity) throw notFound('OrganisationSettings', '1');
    return toDomainSettings(entity);
  }

  /**
   * How the organisation appears to the public (read in the caller's transaction when given
   * one): the title of its status page, and the services it shows, by their public names — what
   * public titles name when no public title was written.
   */
  async publicIdentity(
    manager?: EntityManager,
  ): Promise<{ pageTitle: string; serviceNames: Map<string, string> }> {
    const [entity, catalogue] = await Promise.all([
      this.repository.find(manager),
      this.services.catalogue(manager),
    ]);
    if (!entity) throw notFound('OrganisationSettings', '1');
    const settings = toDomainSettings(entity);
    return {
      pageTitle: statusPageTitleOf(settings),
      serviceNames: new Map(
        publishedServices(catalogue, settings.services).map((service) => [
          service.key,
          service.name,
        ]),
      ),
    };
  }

  async model(): Promise<OrganisationSettingsModel> {
    const [entity, keys] = await Promise.all([this.repository.find(), this.services.keys()]);
    if (!entity) throw notFound('OrganisationSettings', '1');
    return toSettingsModel(entity, keys);
  }

  async update(input: UpdateSettingsInput, actor: Actor): Promise<OrganisationSettingsModel> {
    let keys: string[] = [];
    const saved = await versionedUpdate(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: () => 'Organisation settings',
        load: (manager) => this.repository.find(manager),
        missing: () => notFound('OrganisationSettings', '1'),
        expectedVersion: input.version,
        decide: async (current, _now, manager) => {
          keys = await this.services.keys(manager);
          const candidate = normaliseOrganisationSettings(
            applyInput(toDomainSettings(current), input),
          );
          DomainError.assertNoIssues(
            validateOrganisationSettings(candidate, keys),
            'Invalid settings',
          );
          const next = Object.assign(new OrganisationSettingsEntity(), current, {
            settings: candidate,
          });
          return { next };
        },
        save: (manager, next, expectedVersion) =>
          this.repository.updateIfVersion(manager, next, expectedVersion),
        audit: (current, { next }) => ({
          actor,
          action: 'updateSettings',
          entityType: 'OrganisationSettings',
          entityId: '1',
          before: { ...toDomainSettings(current), version: current.version },
          after: { ...next.settings, version: next.version },
        }),
        // The public picture carries the name, title, contacts and published services.
        announce: () => this.live.overviewChanged('settings'),
      },
    );
    return toSettingsModel(saved, keys);
  }
}

/** The input over the current settings: fields left out stay, lists replace. */
function applyInput(
  current: OrganisationSettings,
  input: UpdateSettingsInput,
): OrganisationSettings {
  const cadence = input.cadence
    ? Object.fromEntries(
        SEVERITIES.map((severity) => [
          severity,
          input.cadence?.find((entry) => entry.severity === severity)?.minutes ?? null,
        ]),
      )
    : current.cadence;
  return {
    organisationName: input.organisationName ?? current.organisationName,
    statusPageTitle: input.statusPageTitle ?? current.statusPageTitle,
    supportContact: input.supportContact ?? current.supportContact,
    contactWays: input.contactWays
      ? input.contactWays.map(({ kind, label, value }) => ({ kind, label, value }))
      : current.contactWays,
    timeZone: input.timeZone ?? current.timeZone,
    cadence: cadence as OrganisationSettings['cadence'],
    publicUrl: input.publicUrl === undefined ? current.publicUrl : input.publicUrl,
    services: input.services
      ? input.services.map((service) => ({
          serviceKey: service.serviceKey,
          publicName: service.publicName ?? null,
          shownOnStatusPage: service.shownOnStatusPage,
        }))
      : current.services,
    fourEyesApproval: input.fourEyesApproval ?? current.fourEyesApproval,
  };
}
