import { useTranslation } from 'react-i18next';

export function BacklogsPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.backlogs')}</h1>;
}
