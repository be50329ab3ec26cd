import { useTranslation } from 'react-i18next';

export function IncidentPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.incidents')}</h1>;
}
