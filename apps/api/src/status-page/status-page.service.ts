import { Injectable } from '@nestjs/common';
import {
  ANNOUNCEMENT_CHANNELS,
  type AnnouncementAnswer,
  type AnnouncementChannel,
  COMMUNICATION_LOCALES,
  type CommunicationLocale,
  type ContactWay,
  publishedServices,
  publicIncidentTitle,
  type PublicIncidentTitle,
  statusPageTitleOf,
  type IncidentStatus,
  isPublicEntryAt,
  isPubliclyVisible,
  promisedNextUpdateAt,
  type ServiceStatus,
  type Severity,
  STATUS_PAGE_HISTORY_DAYS,
  statusPageOverall,
  type StatusPageOverall,
  standingAnnouncement,
  withdrawnEntryIds,
} from '@lagebild/domain';
import { Clock } from '../common/clock';
import { CommunicationsLoader } from '../communications/communications.loader';
import { newLoadScope } from '../graphql/context';
import { IncidentsLoader, type PublicIncidentRecord } from '../incidents/incidents.loader';
import { ServicesLoader } from '../services/services.loader';
import { SettingsService } from '../settings/settings.service';

export interface PublicService {
  key: string;
  name: string;
  status: ServiceStatus;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PublicIncidentUpdate {
  id: string;
  body: string;
  /** The incident's status when this was said. */
  status: IncidentStatus;
  displayAt: Date;
  createdAt: Date;
  nextUpdateAt: Date | null;
}

export interface PublicIncident {
  id: string;
  ref: string;
  /** What the public reads as its name: the public title, or the neutral wording; never the internal title. */
  title: PublicIncidentTitle;
  severity: Severity;
  status: IncidentStatus;
  startedAt: Date;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  affectedServiceKeys: string[];
  /** Public entries only, newest first. */
  updates: PublicIncidentUpdate[];
  /** The next update the newest public word promised; `null` once resolved or when none. */
  nextUpdateAt: Date | null;
}

/** Who speaks on the public page, from the organisation settings. */
export interface PublicOrganisation {
  name: string;
  /** The page's title (the one set, or "<name> status"). */
  title: string;
  /** The title as set; empty when none was. */
  statusPageTitle: string;
  supportContact: string;
  contactWays: ContactWay[];
  timeZone: string;
  publicUrl: string | null;
}

/** Everything the public may see, and nothing else. */
export interface PublicStatusView {
  generatedAt: Date;
  organisation: PublicOrganisation;
  /** The latest change among services, incidents and public entries. */
  updatedAt: Date;
  overall: StatusPageOverall;
  services: PublicService[];
  activeIncidents: PublicIncident[];
  /** Resolved within the last {@link STATUS_PAGE_HISTORY_DAYS} days, newest first. */
  recentIncidents: PublicIncident[];
  /** What the help desk's auto-responder and the phone announcement say, per language asked. */
  announcements: Record<AnnouncementChannel, Record<CommunicationLocale, AnnouncementAnswer>>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds the public status view in a fixed number of queries, whatever the history holds. */
@Injectable()
export class StatusPageService {
  constructor(
    private readonly incidents: IncidentsLoader,
    private readonly servicesLoader: ServicesLoader,
    private readonly communications: CommunicationsLoader,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async view(): Promise<PublicStatusView> {
    const now = this.clock.now();
    const scope = newLoadScope();
    const [services, record, settings] = await Promise.all([
      this.servicesLoader.modelsByKey(scope),
      this.incidents.publicRecord(new Date(now.getTime() - STATUS_PAGE_HISTORY_DAYS * DAY_MS)),
      this.settings.current(),
    ]);
    // The services the organisation publishes, under their public names.
    const published = publishedServices([...services.values()], settings.services);
    const shownKeys = new Set(published.map((service) => service.key));
    const publicNames = new Map(published.map((service) => [service.key, service.name]));
    const { incidents, impacts, publicEntries: updates, statusChanges: changes } = record;
    const messages = await Promise.all(
      incidents.map((incident) => this.communications.announcementMessages(scope, incident.id)),
    );
    // The domain's rule for public words: a retracted message takes its entry off the page.
    const withdrawn = withdrawnEntryIds(messages.flat(), now);
    const shown = updates.filter((update) =>
      isPublicEntryAt(
        { id: update.id, visibility: 'PUBLIC', displayAt: update.displayAt, nextUpdateAt: null },
        withdrawn,
        now,
      ),
    );

    const publicIncidents = incidents
      .map((incident): PublicIncident => {
        const own = shown.filter((update) => update.incidentId === incident.id);
        const ownChanges = changes.filter((change) => change.incidentId === incident.id);
        const affectedServiceKeys = [
          ...new Set(
            impacts
              .filter(
                (impact) => impact.incidentId === incident.id && shownKeys.has(impact.serviceKey),
              )
              .map((impact) => impact.serviceKey),
          ),
        ];
        return {
          id: incident.id,
          ref: incident.ref,
          title: publicIncidentTitle(
            incident.publicTitle,
            affectedServiceKeys.map((key) => publicNames.get(key) ?? key),
          ),
          severity: incident.severity as Severity,
          status: incident.status as IncidentStatus,
          startedAt: incident.startedAt,
          resolvedAt: incident.resolvedAt,
          createdAt: incident.createdAt,
          updatedAt: incident.updatedAt,
          affectedServiceKeys,
          updates: own.map((update) => toPublicUpdate(update, ownChanges)).reverse(),
          nextUpdateAt:
            incident.status === 'RESOLVED'
              ? null
              : promisedNextUpdateAt(
                  own.map((update) => ({
                    at: update.displayAt,
                    nextUpdateAt: update.nextUpdateAt,
                  })),
                ),
        };
      })
      .filter((incident) =>
        isPubliclyVisible({
          impactCount: incident.affectedServiceKeys.length,
          publicUpdateCount: incident.updates.length,
        }),
      );
    const active = publicIncidents.filter((incident) => incident.status !== 'RESOLVED');
    const publicServices = published.map((service, index): PublicService => ({
      key: service.key,
      name: service.name,
      status: service.status as ServiceStatus,
      position: index + 1,
      createdAt: service.createdAt,
      updatedAt: service.updatedAt,
    }));
    const times = [
      ...publicServices.map((service) => service.updatedAt),
      ...publicIncidents.map((incident) => incident.updatedAt),
      ...shown.map((update) => update.createdAt),
    ];
    return {
      generatedAt: now,
      organisation: {
        name: settings.organisationName,
        title: statusPageTitleOf(settings),
        statusPageTitle: settings.statusPageTitle,
        supportContact: settings.supportContact,
        contactWays: settings.contactWays,
        timeZone: settings.timeZone,
        publicUrl: settings.publicUrl,
      },
      updatedAt: times.reduce((latest, time) => (time > latest ? time : latest), new Date(0)),
      overall: statusPageOverall(
        publicServices.map((service) => service.status),
        active.map((incident) => incident.severity),
      ),
      services: publicServices,
      activeIncidents: active,
      recentIncidents: publicIncidents
        .filter((incident) => incident.status === 'RESOLVED')
        .sort((a, b) => (b.resolvedAt?.getTime() ?? 0) - (a.resolvedAt?.getTime() ?? 0)),
      announcements: announcementsOf(
        incidents.map((incident, index) => ({
          ref: incident.ref,
          resolvedAt: incident.resolvedAt,
          messages: messages[index] ?? [],
        })),
        now,
      ),
    };
  }
}

/** Every announcement channel in every language, as the domain decides what stands. */
function announcementsOf(
  incidents: Parameters<typeof standingAnnouncement>[0],
  now: Date,
): PublicStatusView['announcements'] {
  const inLocales = (channel: AnnouncementChannel) =>
    Object.fromEntries(
      COMMUNICATION_LOCALES.map((locale) => [
        locale,
        standingAnnouncement(incidents, channel, locale, now),
      ]),
    ) as Record<CommunicationLocale, AnnouncementAnswer>;
  return Object.fromEntries(
    ANNOUNCEMENT_CHANNELS.map((channel) => [channel, inLocales(channel)]),
  ) as PublicStatusView['announcements'];
}

/** A public entry with the status the incident had when it was said. */
function toPublicUpdate(
  update: PublicIncidentRecord['publicEntries'][number],
  changes: PublicIncidentRecord['statusChanges'],
): PublicIncidentUpdate {
  const status = changes
    .filter((change) => change.position <= update.position)
    .reduce<string>((_, change) => change.statusChange, 'INVESTIGATING');
  return {
    id: update.id,
    body: update.body,
    status: status as IncidentStatus,
    displayAt: update.displayAt,
    createdAt: update.createdAt,
    nextUpdateAt: update.nextUpdateAt,
  };
}
