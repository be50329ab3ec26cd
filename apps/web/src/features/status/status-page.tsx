import { useTranslation } from 'react-i18next';

export function StatusPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.status')}</h1>;
}
