import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const message = isRouteErrorResponse(error)
    ? error.status === 404
      ? t('common.notFound')
      : error.statusText
    : error instanceof Error
      ? t('errors.unknown', { message: error.message })
      : t('errors.unknown', { message: String(error) });
  return (
    <main id="main" className="page">
      <h1>{t('app.name')}</h1>
      <p role="alert">{message}</p>
      <Link to="/">{t('nav.overview')}</Link>
    </main>
  );
}
