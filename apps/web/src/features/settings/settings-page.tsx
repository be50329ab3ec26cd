import { useTranslation } from 'react-i18next';
import { Card } from '@lagebild/ui';
import { LanguageSwitch } from '../../app/language-switch';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSession } from '../auth/session';
import { useCan } from '../auth/permissions';
import { UsersCard } from './users-card';
import { ApiKeysCard } from './api-keys-card';
import { AuditLogCard } from './audit-log-card';
import { SubscribersCard } from '../delivery/subscribers-card';
import { WebhooksCard } from '../delivery/webhooks-card';
import { OrganisationCard } from './organisation-card';

export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const { user } = useSession();
  const isAdmin = useCan('ADMIN');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="stack">
      <header className="page__header">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="grid">
        <Card title={t('settings.language')}>
          <div className="settings__language">
            <LanguageSwitch />
          </div>
          <p className="muted">{t('settings.timeZone', { zone })}</p>
        </Card>
        {user ? (
          <Card title={t('settings.account')}>
            <p>{t('settings.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</p>
            <p className="muted">{user.email}</p>
          </Card>
        ) : null}
      </div>
      {isAdmin ? <OrganisationCard /> : null}
      {isAdmin ? <UsersCard /> : null}
      {isAdmin ? <ApiKeysCard /> : null}
      {isAdmin ? <AuditLogCard /> : null}
      {isAdmin ? <SubscribersCard /> : null}
      {isAdmin ? <WebhooksCard /> : null}
    </div>
  );
}
