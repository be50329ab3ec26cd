import { useTranslation } from 'react-i18next';

export function OverviewPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.overview')}</h1>;
}
