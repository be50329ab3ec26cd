import {
  type CommunicationCadence,
  DEFAULT_COMMUNICATION_CADENCE,
} from '../communication/communication-debt';
import { SEVERITIES } from '../incident/incident';
import { type FieldIssue } from '../shared/domain-error';

/** How customers reach the organisation besides the support contact (when the phones are down). */
export const CONTACT_WAY_KINDS = ['EMAIL', 'PHONE', 'WEB', 'SOCIAL', 'POSTAL', 'OTHER'] as const;
export type ContactWayKind = (typeof CONTACT_WAY_KINDS)[number];

export interface ContactWay {
  kind: ContactWayKind;
  /** What the reader sees before the value, e.g. "Mobile hotline". */
  label: string;
  /** An address, number or URL, shown as written. */
  value: string;
}

/** How one service appears on the public page. */
export interface ServicePublication {
  serviceKey: string;
  /** The name the public reads; `null` shows the catalogue name. */
  publicName: string | null;
  /** False keeps the service (and its impacts) off the public page. */
  shownOnStatusPage: boolean;
}

/** Who runs this Lagebild and how it speaks to the public. */
export interface OrganisationSettings {
  organisationName: string;
  statusPageTitle: string;
  supportContact: string;
  contactWays: ContactWay[];
  /** An IANA time zone, e.g. Europe/Berlin: how the public page and summary.json state times. */
  timeZone: string;
  /** Minutes between public words per severity; `null` means none is owed. */
  cadence: CommunicationCadence;
  /** Where the public reaches this Lagebild (links in the feed, summary.json and messages). */
  publicUrl: string | null;
  services: ServicePublication[];
  /**
   * The four-eyes rule: who drafted a message to the outside may not approve it as well, so a
   * second person reads what customers will read.
   */
  fourEyesApproval: boolean;
}

export const ORGANISATION_NAME_MAX_LENGTH = 120;
export const STATUS_PAGE_TITLE_MAX_LENGTH = 160;
export const SUPPORT_CONTACT_MAX_LENGTH = 300;
export const CONTACT_WAYS_MAX = 10;
export const CONTACT_WAY_LABEL_MAX_LENGTH = 80;
export const CONTACT_WAY_VALUE_MAX_LENGTH = 300;
export const PUBLIC_URL_MAX_LENGTH = 500;
export const SERVICE_PUBLIC_NAME_MAX_LENGTH = 200;
/** Between one minute and a week: a longer silence is no cadence at all. */
export const CADENCE_MAX_MINUTES = 7 * 24 * 60;

export const DEFAULT_ORGANISATION_SETTINGS: OrganisationSettings = {
  organisationName: 'Lagebild',
  statusPageTitle: '',
  supportContact: '',
  contactWays: [],
  timeZone: 'Etc/UTC',
  cadence: DEFAULT_COMMUNICATION_CADENCE,
  publicUrl: null,
  services: [],
  fourEyesApproval: false,
};

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An absolute http(s) URL with a host and no spaces (the domain has no URL parser). */
const WEB_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

function isWebUrl(text: string): boolean {
  return WEB_URL.test(text);
}

function textIssue(
  issues: FieldIssue[],
  field: string,
  value: string,
  max: number,
  required: boolean,
): void {
  if (required && value.trim().length === 0) issues.push({ field, message: 'is required' });
  else if (value.length > max) issues.push({ field, message: `must be at most ${max} characters` });
}

/**
 * Field rules for the organisation settings as they would be after a change. `serviceKeys`
 * are the catalogue's keys: a publication must name a known service, once.
 */
export function validateOrganisationSettings(
  settings: OrganisationSettings,
  serviceKeys: Iterable<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  textIssue(
    issues,
    'organisationName',
    settings.organisationName,
    ORGANISATION_NAME_MAX_LENGTH,
    true,
  );
  textIssue(
    issues,
    'statusPageTitle',
    settings.statusPageTitle,
    STATUS_PAGE_TITLE_MAX_LENGTH,
    false,
  );
  textIssue(issues, 'supportContact', settings.supportContact, SUPPORT_CONTACT_MAX_LENGTH, false);

  if (settings.contactWays.length > CONTACT_WAYS_MAX) {
    issues.push({ field: 'contactWays', message: `must be at most ${CONTACT_WAYS_MAX}` });
  }
  settings.contactWays.forEach((way, index) => {
    const field = `contactWays.${index}`;
    if (!(CONTACT_WAY_KINDS as readonly string[]).includes(way.kind)) {
      issues.push({
        field: `${field}.kind`,
        message: `must be one of ${CONTACT_WAY_KINDS.join(', ')}`,
      });
    }
    textIssue(issues, `${field}.label`, way.label, CONTACT_WAY_LABEL_MAX_LENGTH, true);
    textIssue(issues, `${field}.value`, way.value, CONTACT_WAY_VALUE_MAX_LENGTH, true);
    if (way.kind === 'WEB' && way.value.trim() !== '' && !isWebUrl(way.value.trim())) {
      issues.push({ field: `${field}.value`, message: 'must be an http(s) URL' });
    }
  });

  if (!isTimeZone(settings.timeZone)) {
    issues.push({ field: 'timeZone', message: 'must be an IANA time zone, e.g. Europe/Berlin' });
  }

  for (const severity of SEVERITIES) {
    const minutes = settings.cadence[severity];
    if (
      minutes !== null &&
      (!Number.isInteger(minutes) || minutes < 1 || minutes > CADENCE_MAX_MINUTES)
    ) {
      issues.push({
        field: `cadence.${severity}`,
        message: `must be a whole number of minutes from 1 to ${CADENCE_MAX_MINUTES}, or none`,
      });
    }
  }

  if (settings.publicUrl !== null) {
    if (settings.publicUrl.length > PUBLIC_URL_MAX_LENGTH) {
      issues.push({
        field: 'publicUrl',
        message: `must be at most ${PUBLIC_URL_MAX_LENGTH} characters`,
      });
    } else if (!isWebUrl(settings.publicUrl)) {
      issues.push({ field: 'publicUrl', message: 'must be an absolute http(s) URL' });
    }
  }

  const known = new Set(serviceKeys);
  const seen = new Set<string>();
  settings.services.forEach((publication, index) => {
    const field = `services.${index}`;
    if (!known.has(publication.serviceKey)) {
      issues.push({ field: `${field}.serviceKey`, message: 'is not a known service' });
    } else if (seen.has(publication.serviceKey)) {
      issues.push({ field: `${field}.serviceKey`, message: 'is listed twice' });
    }
    seen.add(publication.serviceKey);
    if (publication.publicName !== null) {
      textIssue(
        issues,
        `${field}.publicName`,
        publication.publicName,
        SERVICE_PUBLIC_NAME_MAX_LENGTH,
        true,
      );
    }
  });
  return issues;
}

/** Settings as stored after a change: text trimmed, empty public names and URL dropped. */
export function normaliseOrganisationSettings(
  settings: OrganisationSettings,
): OrganisationSettings {
  const publicUrl = settings.publicUrl?.trim().replace(/\/+$/, '') ?? '';
  return {
    ...settings,
    organisationName: settings.organisationName.trim(),
    statusPageTitle: settings.statusPageTitle.trim(),
    supportContact: settings.supportContact.trim(),
    contactWays: settings.contactWays.map((way) => ({
      kind: way.kind,
      label: way.label.trim(),
      value: way.value.trim(),
    })),
    publicUrl: publicUrl === '' ? null : publicUrl,
    services: settings.services.map((publication) => {
      const name = publication.publicName?.trim() ?? '';
      return {
        serviceKey: publication.serviceKey,
        publicName: name === '' ? null : name,
        shownOnStatusPage: publication.shownOnStatusPage,
      };
    }),
  };
}

/** The title the public page carries: the one set, else "<organisation> status". */
export function statusPageTitleOf(
  settings: Pick<OrganisationSettings, 'organisationName' | 'statusPageTitle'>,
): string {
  return settings.statusPageTitle.trim() !== ''
    ? settings.statusPageTitle
    : `${settings.organisationName} status`;
}

/**
 * The services as the public sees them: hidden ones left out, public names applied. Services
 * the settings do not mention are shown under their own name.
 */
export function publishedServices<S extends { key: string; name: string }>(
  services: readonly S[],
  publications: readonly ServicePublication[],
): S[] {
  const byKey = new Map(publications.map((publication) => [publication.serviceKey, publication]));
  return services
    .filter((service) => byKey.get(service.key)?.shownOnStatusPage ?? true)
    .map((service) => {
      const publicName = byKey.get(service.key)?.publicName;
      return publicName ? { ...service, name: publicName } : service;
    });
}
