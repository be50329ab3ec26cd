import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useSession } from './session';
import { safeNext } from './safe-next';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session.user) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const outcome = await session.logIn(email.trim(), password);
    setBusy(false);
    if (outcome.ok) {
      void navigate(next, { replace: true });
      return;
    }
    setPassword('');
    setProblem(
      outcome.code === 'UNAUTHENTICATED' || outcome.code === 'BAD_USER_INPUT'
        ? t('login.wrongCredentials')
        : outcome.code === 'TOO_MANY_REQUESTS'
          ? t('login.lockedOut', { message: outcome.message })
          : outcome.code === 'NETWORK'
            ? t('errors.network')
            : t('errors.unknown', { message: outcome.message }),
    );
  };

  return (
    <div className="login">
      <h1>{t('login.title')}</h1>
      <p className="page__intro">{t('login.intro')}</p>
      <form className="form login__form" onSubmit={(event) => void submit(event)} noValidate>
        <FormProblem message={problem ?? undefined} />
        <FormField label={t('login.email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('login.password')}>
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </div>
      </form>
      <p className="muted login__public">
        {t('login.publicHint')} <a href="/status">{t('nav.status')}</a>
      </p>
    </div>
  );
}
