import { useTranslation } from 'react-i18next';

export function IncidentsPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.incidents')}</h1>;
}
