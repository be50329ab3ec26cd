import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/** The signed-in person's name and role with a way out, or a link to log in. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logOut } = useSession();
  if (!user) {
    return (
      <Link className="usermenu__login" to="/login">
        {t('nav.login')}
      </Link>
    );
  }
  return (
    <div className="usermenu">
      <span className="usermenu__name">{user.name}</span>
      <span className="usermenu__role">{t(`roles.${user.role}`)}</span>
      <button type="button" className="button button--quiet" onClick={() => void logOut()}>
        {t('nav.logout')}
      </button>
    </div>
  );
}
