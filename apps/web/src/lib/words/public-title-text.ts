import { useTranslation } from 'react-i18next';

/** An incident's public title as the API hands it over (`PublicIncident`). */
export interface PublicTitleDetail {
  title: string;
  titleCode: 'SET' | 'DISRUPTION';
  titleServices: readonly string[];
}

/**
 * What the public reads as an incident's name, in the reader's language: the public title the
 * team set, or the neutral wording naming the disrupted services ("Störung: Webshop").
 */
export function usePublicTitleText(): (incident: PublicTitleDetail) => string {
  const { t } = useTranslation();
  return ({ title, titleCode, titleServices }) => {
    if (titleCode === 'SET') return title;
    return titleServices.length > 0
      ? t('status.disruptionOf', { services: titleServices.join(', ') })
      : t('status.disruption');
  };
}
