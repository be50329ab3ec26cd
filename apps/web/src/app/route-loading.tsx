import { useTranslation } from 'react-i18next';
import { LoadingState } from '@lagebild/ui';

/** Shown while a screen's code loads for the first time. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('common.loading')} />;
}
