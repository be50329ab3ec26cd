import type { CommunicationLocale } from '../communication/communication';

/** The longest public title a team may set (the same as the internal title). */
export const INCIDENT_PUBLIC_TITLE_MAX_LENGTH = 200;

/**
 * What the public reads as an incident's name, as a code with parameters for whoever words it:
 * - `SET`: the public title the team wrote (`params.title`);
 * - `DISRUPTION`: none was written, so a neutral wording naming the affected services by their
 *   public names (`params.services`, possibly empty), e.g. "Störung: Webshop".
 */
export type PublicIncidentTitle =
  | { code: 'SET'; params: { title: string } }
  | { code: 'DISRUPTION'; params: { services: string[] } };

export type PublicIncidentTitleCode = PublicIncidentTitle['code'];

/**
 * The public side of an incident's name. The internal title is for the team — it may name a
 * supplier, a person or a guess — so it is never an input here: until someone writes a public
 * title, the public reads only which services are disrupted.
 */
export function publicIncidentTitle(
  publicTitle: string | null,
  affectedServiceNames: readonly string[],
): PublicIncidentTitle {
  const title = (publicTitle ?? '').trim();
  if (title.length > 0) return { code: 'SET', params: { title } };
  return { code: 'DISRUPTION', params: { services: [...new Set(affectedServiceNames)] } };
}

const DISRUPTION_WORD: Readonly<Record<CommunicationLocale, string>> = {
  de: 'Störung',
  en: 'Disruption',
};

/**
 * The public title in words, for the resources that carry text rather than codes (the static
 * page in each language; summary.json and the feed, whose format speaks English).
 */
export function publicIncidentTitleText(
  title: PublicIncidentTitle,
  locale: CommunicationLocale,
): string {
  if (title.code === 'SET') return title.params.title;
  const word = DISRUPTION_WORD[locale];
  return title.params.services.length > 0 ? `${word}: ${title.params.services.join(', ')}` : word;
}

/**
 * The public title of an incident: its public title, or the disrupted services it touched that
 * the organisation publishes, by their public names (`publicNames`: published services only).
 * The status page, the mails to subscribers, webhook bodies and messages for customers all ask
 * this one function.
 */
export function publicTitleOfIncident(
  incident: { publicTitle: string | null; impacts: readonly { serviceKey: string }[] },
  publicNames: ReadonlyMap<string, string>,
): PublicIncidentTitle {
  const names: string[] = [];
  for (const impact of incident.impacts) {
    const name = publicNames.get(impact.serviceKey);
    if (name !== undefined) names.push(name);
  }
  return publicIncidentTitle(incident.publicTitle, names);
}
