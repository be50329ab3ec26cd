import type { CommunicationLocale } from '../communication/communication';
import { SUBSCRIPTION_CONFIRM_HOURS } from './subscription';

/**
 * The texts of the mails a status subscriber receives, in their language. Links are made by the
 * API from the public URL; the domain only words the mail around them.
 */
export interface SubscriberMail {
  subject: string;
  text: string;
}

export function confirmationMail(
  locale: CommunicationLocale,
  facts: { pageName: string; confirmUrl: string },
): SubscriberMail {
  if (locale === 'de') {
    return {
      subject: `Bitte bestätigen: Statusmeldungen von ${facts.pageName}`,
      text:
        `Jemand (hoffentlich Sie) möchte Statusmeldungen von ${facts.pageName} an diese Adresse erhalten.\n\n` +
        `Bitte bestätigen Sie das innerhalb von ${SUBSCRIPTION_CONFIRM_HOURS} Stunden:\n${facts.confirmUrl}\n\n` +
        'Wenn Sie nichts tun, erhalten Sie keine weiteren Nachrichten.\n',
    };
  }
  return {
    subject: `Please confirm: status updates from ${facts.pageName}`,
    text:
      `Someone (hopefully you) asked for status updates from ${facts.pageName} at this address.\n\n` +
      `Please confirm within ${SUBSCRIPTION_CONFIRM_HOURS} hours:\n${facts.confirmUrl}\n\n` +
      'If you do nothing, you will receive no further messages.\n',
  };
}

export function publicUpdateMail(
  locale: CommunicationLocale,
  facts: {
    pageName: string;
    incidentRef: string;
    incidentTitle: string;
    body: string;
    statusPageUrl: string;
    unsubscribeUrl: string;
  },
): SubscriberMail {
  if (locale === 'de') {
    return {
      subject: `[${facts.pageName}] ${facts.incidentRef}: ${facts.incidentTitle}`,
      text:
        `${facts.body}\n\n` +
        `Aktueller Stand: ${facts.statusPageUrl}\n\n` +
        `Keine Statusmeldungen mehr erhalten: ${facts.unsubscribeUrl}\n`,
    };
  }
  return {
    subject: `[${facts.pageName}] ${facts.incidentRef}: ${facts.incidentTitle}`,
    text:
      `${facts.body}\n\n` +
      `Current status: ${facts.statusPageUrl}\n\n` +
      `Stop receiving status updates: ${facts.unsubscribeUrl}\n`,
  };
}
