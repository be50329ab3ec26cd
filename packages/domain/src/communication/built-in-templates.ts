import { DomainError } from '../shared/domain-error';
import { needsCohort } from '../delivery/cohort';
import type {
  CommunicationAudience,
  CommunicationChannel,
  CommunicationLocale,
} from './communication';
import type { CommunicationTemplate, CommunicationTemplateKind } from './communication-template';

/*
 * The templates Lagebild ships, written from shared fragments so that every channel words
 * the same facts the same way. Each fragment stands on its own lines so Handlebars removes the
 * block tags' lines ("standalone" tags) and the text keeps its shape.
 */

interface Fragments {
  started: string;
  affected: string;
  summary: string;
  expected: string;
  backlogs: (heading: string) => string;
  forYou: string;
  stillCatchingUp: string;
  next: string;
  statusPage: string;
  signature: string;
}

const FRAGMENTS: Readonly<Record<CommunicationLocale, Fragments>> = {
  en: {
    started: 'Started: {{startedAt}}\n',
    affected: '{{#if affectedServices}}\nAffected: {{affectedServices}}\n{{/if}}\n',
    summary: '{{#if summary}}\n\n{{summary}}\n{{/if}}\n',
    expected:
      '{{#if expectedRecovery}}\n\nWe expect to be back to normal by {{expectedRecovery}}.\n{{/if}}\n',
    backlogs: (heading) =>
      `{{#if backlogs}}\n\n${heading}\n{{#each backlogs}}\n- {{sentence}}\n{{/each}}\n{{/if}}\n`,
    forYou: 'What this means for you:',
    stillCatchingUp: 'We are still catching up:',
    next: '{{#if nextUpdate}}\n\nNext update by {{nextUpdate}}.\n{{/if}}\n',
    statusPage: '{{#if statusPageUrl}}\n\nCurrent status: {{statusPageUrl}}\n{{/if}}\n',
    signature: '{{#if organization}}\n\n{{organization}}\n{{/if}}\n',
  },
  de: {
    started: 'Beginn: {{startedAt}}\n',
    affected: '{{#if affectedServices}}\nBetroffen: {{affectedServices}}\n{{/if}}\n',
    summary: '{{#if summary}}\n\n{{summary}}\n{{/if}}\n',
    expected:
      '{{#if expectedRecovery}}\n\nWir rechnen damit, bis {{expectedRecovery}} wieder normal zu arbeiten.\n{{/if}}\n',
    backlogs: (heading) =>
      `{{#if backlogs}}\n\n${heading}\n{{#each backlogs}}\n- {{sentence}}\n{{/each}}\n{{/if}}\n`,
    forYou: 'Was das für Sie bedeutet:',
    stillCatchingUp: 'Wir arbeiten noch Rückstände ab:',
    next: '{{#if nextUpdate}}\n\nNächstes Update bis {{nextUpdate}}.\n{{/if}}\n',
    statusPage: '{{#if statusPageUrl}}\n\nAktueller Stand: {{statusPageUrl}}\n{{/if}}\n',
    signature: '{{#if organization}}\n\n{{organization}}\n{{/if}}\n',
  },
};

const SERVICE_LIST = '{{#each services}}\n- {{name}}: {{status}}\n{{/each}}\n';

function statusPageTemplates(locale: CommunicationLocale): ChannelTemplates {
  const f = FRAGMENTS[locale];
  const en = locale === 'en';
  return {
    INITIAL: {
      subject: '{{title}}',
      body:
        (en
          ? 'We know about a disruption and are working on it. {{status}}.\n\n'
          : 'Wir wissen von einer Störung und arbeiten daran. {{status}}.\n\n') +
        f.started +
        f.affected +
        f.summary +
        f.expected +
        f.backlogs(f.forYou) +
        f.next,
    },
    UPDATE: {
      subject: 'Update: {{title}}',
      body:
        '{{status}}.\n\n' + SERVICE_LIST + f.summary + f.expected + f.backlogs(f.forYou) + f.next,
    },
    RESOLVED: {
      subject: en ? 'Resolved: {{title}}' : 'Behoben: {{title}}',
      body:
        (en
          ? '{{#if resolvedAt}}\nSince {{resolvedAt}} everything works again.\n{{else}}\nEverything works again.\n{{/if}}\n'
          : '{{#if resolvedAt}}\nSeit {{resolvedAt}} funktioniert wieder alles.\n{{else}}\nEs funktioniert wieder alles.\n{{/if}}\n') +
        f.backlogs(f.stillCatchingUp) +
        (en ? '\nThank you for your patience.\n' : '\nDanke für Ihre Geduld.\n'),
    },
  };
}

function emailTemplates(locale: CommunicationLocale): ChannelTemplates {
  const f = FRAGMENTS[locale];
  const en = locale === 'en';
  const greeting = en ? 'Dear customers,\n\n' : 'Liebe Kundinnen und Kunden,\n\n';
  const sorry = en
    ? '\nWe apologise for the inconvenience.\n'
    : '\nWir bitten um Entschuldigung für die Unannehmlichkeiten.\n';
  return {
    INITIAL: {
      subject: en ? 'Disruption: {{title}}' : 'Störung: {{title}}',
      body:
        greeting +
        (en
          ? 'we have a disruption and are working on it: {{title}}. {{status}}.\n\n'
          : 'bei uns gibt es eine Störung, an der wir arbeiten: {{title}}. {{status}}.\n\n') +
        f.started +
        f.affected +
        f.summary +
        f.expected +
        f.backlogs(f.forYou) +
        f.next +
        f.statusPage +
        sorry +
        f.signature,
    },
    UPDATE: {
      subject: en ? 'Update on the disruption: {{title}}' : 'Neuer Stand zur Störung: {{title}}',
      body:
        greeting +
        (en
          ? 'here is where we stand. {{status}}.\n\n'
          : 'hier der aktuelle Stand. {{status}}.\n\n') +
        SERVICE_LIST +
        f.summary +
        f.expected +
        f.backlogs(f.forYou) +
        f.next +
        f.statusPage +
        sorry +
        f.signature,
    },
    RESOLVED: {
      subject: en ? 'Resolved: {{title}}' : 'Behoben: {{title}}',
      body:
        greeting +
        (en
          ? 'the disruption is over: everything works again{{#if resolvedAt}} since {{resolvedAt}}{{/if}}.\n'
          : 'die Störung ist vorbei: Es funktioniert wieder alles{{#if resolvedAt}} seit {{resolvedAt}}{{/if}}.\n') +
        f.backlogs(f.stillCatchingUp) +
        (en ? '\nThank you for your patience.\n' : '\nDanke für Ihre Geduld.\n') +
        f.signature,
    },
  };
}

function autoReplyTemplates(locale: CommunicationLocale): ChannelTemplates {
  const f = FRAGMENTS[locale];
  const en = locale === 'en';
  // The story's customers asked "Are you still there?": the auto-reply answers that first.
  const stillHere = en
    ? 'Thank you for your message. Yes, we are still here. Because of a disruption ({{title}}) our replies take longer than usual.\n'
    : 'Danke für Ihre Nachricht. Ja, wir sind noch da. Wegen einer Störung ({{title}}) antworten wir später als gewohnt.\n';
  const body = stillHere + f.backlogs(f.forYou) + f.statusPage + f.signature;
  return {
    INITIAL: {
      subject: en ? 'We received your message' : 'Wir haben Ihre Nachricht erhalten',
      body,
    },
    UPDATE: {
      subject: en ? 'We received your message' : 'Wir haben Ihre Nachricht erhalten',
      body,
    },
    RESOLVED: {
      subject: en ? 'We received your message' : 'Wir haben Ihre Nachricht erhalten',
      body:
        (en
          ? 'Thank you for your message. The disruption is over and we are working through the messages that arrived meanwhile.\n'
          : 'Danke für Ihre Nachricht. Die Störung ist vorbei, und wir arbeiten die inzwischen eingegangenen Nachrichten ab.\n') +
        f.backlogs('') +
        f.signature,
    },
  };
}

function phoneTemplates(locale: CommunicationLocale): ChannelTemplates {
  const en = locale === 'en';
  const subject = en ? 'Phone announcement: {{title}}' : 'Telefonansage: {{title}}';
  // Spoken text: no lists or links, short sentences.
  const backlogs = '{{#each backlogs}}\n{{sentence}}\n{{/each}}\n';
  const welcome = en
    ? 'Hello{{#if organization}} and welcome to {{organization}}{{/if}}.'
    : 'Guten Tag{{#if organization}}, hier ist {{organization}}{{/if}}.';
  return {
    INITIAL: {
      subject,
      body:
        welcome +
        (en
          ? ' We currently have a disruption and are working on it. {{status}}.\n'
          : ' Wir haben gerade eine Störung und arbeiten daran. {{status}}.\n') +
        backlogs +
        (en
          ? 'You can find the current status on our website. Thank you for your patience.\n'
          : 'Den aktuellen Stand finden Sie auf unserer Website. Danke für Ihre Geduld.\n'),
    },
    UPDATE: {
      subject,
      body:
        welcome +
        (en ? ' {{status}}.\n' : ' {{status}}.\n') +
        (en
          ? '{{#if expectedRecovery}}\nWe expect to be back to normal by {{expectedRecovery}}.\n{{/if}}\n'
          : '{{#if expectedRecovery}}\nWir rechnen damit, bis {{expectedRecovery}} wieder normal zu arbeiten.\n{{/if}}\n') +
        backlogs +
        (en ? 'Thank you for your patience.\n' : 'Danke für Ihre Geduld.\n'),
    },
    RESOLVED: {
      subject,
      body:
        welcome +
        (en
          ? ' The disruption is over. We are working through everything that piled up.\n'
          : ' Die Störung ist vorbei. Wir arbeiten ab, was liegen geblieben ist.\n') +
        backlogs,
    },
  };
}

function socialTemplates(locale: CommunicationLocale): ChannelTemplates {
  const en = locale === 'en';
  const link = en
    ? '{{#if statusPageUrl}} Updates: {{statusPageUrl}}{{/if}}'
    : '{{#if statusPageUrl}} Aktuelles: {{statusPageUrl}}{{/if}}';
  return {
    INITIAL: {
      subject: '{{title}}',
      body: en
        ? `Disruption: {{title}}. {{status}}.${link}`
        : `Störung: {{title}}. {{status}}.${link}`,
    },
    UPDATE: {
      subject: '{{title}}',
      body: en
        ? `Update: {{title}}. {{status}}.{{#if expectedRecovery}} Expected back to normal by {{expectedRecovery}}.{{/if}}${link}`
        : `Update: {{title}}. {{status}}.{{#if expectedRecovery}} Voraussichtlich wieder normal bis {{expectedRecovery}}.{{/if}}${link}`,
    },
    RESOLVED: {
      subject: '{{title}}',
      body: en
        ? `Resolved: {{title}}. Thank you for your patience.${link}`
        : `Behoben: {{title}}. Danke für Ihre Geduld.${link}`,
    },
  };
}

/** The templates a channel offers; the Art. 34 notice only where customers are addressed one by one. */
type ChannelTemplates = Partial<Record<CommunicationTemplateKind, CommunicationTemplate>>;

/**
 * E-mails to a cohort of affected customers: each customer is greeted by name and told about
 * their own orders and when they are dealt with (merge fields filled per recipient).
 */
function cohortTemplates(locale: CommunicationLocale): ChannelTemplates {
  const f = FRAGMENTS[locale];
  const en = locale === 'en';
  const greeting = '{{greeting}}\n\n';
  const sorry = en
    ? '\nWe apologise for the inconvenience.\n'
    : '\nWir bitten um Entschuldigung für die Unannehmlichkeiten.\n';
  const delayed: CommunicationTemplate = {
    subject: en
      ? 'Your orders are delayed: {{title}}'
      : 'Ihre Bestellungen verzögern sich: {{title}}',
    body:
      greeting +
      (en
        ? 'because of a disruption ({{title}}) your orders {{orderRefs}} are delayed. {{status}}.\n\n{{forecastSentence}}\n'
        : 'wegen einer Störung ({{title}}) verzögern sich Ihre Bestellungen {{orderRefs}}. {{status}}.\n\n{{forecastSentence}}\n') +
      f.expected +
      f.statusPage +
      sorry +
      f.signature,
  };
  return {
    INITIAL: delayed,
    UPDATE: delayed,
    RESOLVED: {
      subject: en ? 'Disruption over: {{title}}' : 'Störung behoben: {{title}}',
      body:
        greeting +
        (en
          ? 'the disruption ({{title}}) is over. We are catching up with your orders {{orderRefs}}.\n\n{{forecastSentence}}\n'
          : 'die Störung ({{title}}) ist vorbei. Wir holen Ihre Bestellungen {{orderRefs}} nach.\n\n{{forecastSentence}}\n') +
        (en ? '\nThank you for your patience.\n' : '\nDanke für Ihre Geduld.\n') +
        f.signature,
    },
    // GDPR Art. 34(2): what happened, the likely consequences, what is done about it, whom to ask.
    PERSONAL_DATA: {
      subject: en
        ? 'Important: your order data may be affected'
        : 'Wichtig: Ihre Bestelldaten könnten betroffen sein',
      body:
        greeting +
        (en
          ? 'we must tell you about an incident that may affect the data of your orders {{orderRefs}}.\n\n' +
            'What happened: {{title}} (since {{startedAt}}).\n' +
            '{{#if summary}}\n{{summary}}\n{{/if}}\n' +
            '\nWhich data: the data of the orders named above (name, delivery address, what you ordered). Payment card numbers are not stored by us.\n' +
            '\nWhat it may mean for you: your orders may be delayed, and the data of these orders may have been lost or seen by people who should not have seen it. Please be careful with e-mails or calls that ask for your details.\n' +
            '\nWhat we do: we are restoring the order data and the systems concerned, and we have reported the incident to the supervisory authority where the law requires it. {{forecastSentence}}\n' +
            '\nYour questions: reply to this e-mail; our data protection contact will answer.\n'
          : 'wir müssen Sie über einen Vorfall informieren, der die Daten Ihrer Bestellungen {{orderRefs}} betreffen kann.\n\n' +
            'Was geschehen ist: {{title}} (seit {{startedAt}}).\n' +
            '{{#if summary}}\n{{summary}}\n{{/if}}\n' +
            '\nWelche Daten: die Daten der oben genannten Bestellungen (Name, Lieferadresse, Bestellinhalt). Kartennummern speichern wir nicht.\n' +
            '\nWas das für Sie bedeuten kann: Ihre Bestellungen können sich verzögern, und die Daten dieser Bestellungen können verloren gegangen oder von Unbefugten gesehen worden sein. Seien Sie bitte vorsichtig bei E-Mails oder Anrufen, die nach Ihren Daten fragen.\n' +
            '\nWas wir tun: Wir stellen die Bestelldaten und die betroffenen Systeme wieder her und haben den Vorfall, wo das Gesetz es verlangt, der Aufsichtsbehörde gemeldet. {{forecastSentence}}\n' +
            '\nIhre Fragen: Antworten Sie einfach auf diese E-Mail; unsere Ansprechperson für Datenschutz meldet sich.\n') +
        f.signature,
    },
  };
}

const BUILDERS: Readonly<
  Record<CommunicationChannel, (locale: CommunicationLocale) => ChannelTemplates>
> = {
  STATUS_PAGE: statusPageTemplates,
  EMAIL: emailTemplates,
  AUTO_REPLY: autoReplyTemplates,
  PHONE_ANNOUNCEMENT: phoneTemplates,
  SOCIAL: socialTemplates,
};

/**
 * The built-in template for a channel, occasion and language (and audience: an e-mail to the
 * affected customers is written to each customer, with merge fields). Throws `BAD_USER_INPUT` for an
 * unknown channel, kind or locale (they arrive as strings from outside).
 */
export function builtInCommunicationTemplate(
  channel: CommunicationChannel,
  kind: CommunicationTemplateKind,
  locale: CommunicationLocale,
  audience?: CommunicationAudience,
): CommunicationTemplate {
  const build =
    audience !== undefined && needsCohort(channel, audience)
      ? cohortTemplates
      : (BUILDERS[channel] as (typeof BUILDERS)[CommunicationChannel] | undefined);
  const template = build && (locale === 'de' || locale === 'en') ? build(locale)[kind] : undefined;
  if (template === undefined) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `No built-in template for ${channel}/${kind}/${locale}`,
      [{ field: 'template', message: `no built-in template for ${channel}/${kind}/${locale}` }],
    );
  }
  return template;
}

/**
 * Which built-in template fits now: `RESOLVED` once the incident is resolved, `INITIAL` while
 * customers have heard nothing yet, `UPDATE` otherwise.
 */
export function suggestCommunicationTemplateKind(facts: {
  resolved: boolean;
  publicUpdateCount: number;
}): CommunicationTemplateKind {
  if (facts.resolved) {
    return 'RESOLVED';
  }
  return facts.publicUpdateCount === 0 ? 'INITIAL' : 'UPDATE';
}
