import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@lagebild/ui';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from '../features/auth/user-menu';
import { useCan } from '../features/auth/permissions';

const navigation = [
  { to: '/', key: 'nav.overview', end: true, responder: false },
  { to: '/incidents', key: 'nav.incidents', end: false, responder: false },
  { to: '/backlogs', key: 'nav.backlogs', end: false, responder: false },
  { to: '/services', key: 'nav.services', end: false, responder: false },
  { to: '/exercises', key: 'nav.exercises', end: false, responder: false },
  { to: '/outbox', key: 'nav.outbox', end: false, responder: true },
  { to: '/settings', key: 'nav.settings', end: false, responder: false },
] as const;

/** The dashboard frame: brand, navigation, language and the signed-in person. */
export function AppLayout() {
  const { t } = useTranslation();
  const navigationState = useNavigation();
  const isResponder = useCan('RESPONDER');
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
            {navigation
              .filter((item) => isResponder || !item.responder)
              .map((item) => (
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
