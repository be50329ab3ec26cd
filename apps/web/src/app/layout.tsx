import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@lagebild/ui';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from '../features/auth/user-menu';

const navigation = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/incidents', key: 'nav.incidents', end: false },
  { to: '/backlogs', key: 'nav.backlogs', end: false },
  { to: '/services', key: 'nav.services', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const;

/** The dashboard frame: brand, navigation, language and the signed-in person. */
export function AppLayout() {
  const { t } = useTranslation();
  const navigationState = useNavigation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('app.mainNavigation')} className="mainnav">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar__tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      {navigationState.state === 'loading' ? (
        <div className="route-progress" aria-hidden="true" />
      ) : null}
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
