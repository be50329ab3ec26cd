import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** The frame of pages anyone may read (status page, login): no dashboard navigation. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="shell shell--public">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar topbar--public">
        <span className="brand">{t('app.name')}</span>
        <div className="topbar__tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="page page--narrow" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
