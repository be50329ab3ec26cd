import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { currentLanguage } from '../../app/i18n';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { SubscribeToStatusMutation } from './status.queries';

type Locale = 'de' | 'en';

/**
 * Status updates by e-mail: address, language and (optionally) services. The answer is the
 * same for every address, so the page says only that a confirmation link is on its way.
 */
export function SubscribeForm({ services }: { services: { key: string; name: string }[] }) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const [, subscribe] = useMutation(SubscribeToStatusMutation);
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<Locale>(currentLanguage(i18n.resolvedLanguage));
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await subscribe({
      input: { email: email.trim(), locale, serviceKeys: [...chosen] },
    });
    setBusy(false);
    if (result.error || !result.data) {
      if (result.error) setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setSent(true);
  };

  const toggle = (key: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  if (sent) {
    return (
      <div className="subscribe subscribe--sent" role="status">
        <p>{t('subscribe.sent')}</p>
        <button type="button" className="button" onClick={() => setSent(false)}>
          {t('subscribe.another')}
        </button>
      </div>
    );
  }

  const problemMessage =
    problem?.code === 'TOO_MANY_REQUESTS'
      ? t('subscribe.tooMany')
      : problem
        ? problemText(problem)
        : undefined;
  return (
    <form className="form subscribe" onSubmit={(event) => void submit(event)} noValidate>
      <FormProblem message={problemMessage} />
      <FormField
        label={t('subscribe.email')}
        error={problem?.fieldIssues['email'] ? t('subscribe.invalidEmail') : undefined}
      >
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('subscribe.language')}>
        {(props) => (
          <select
            {...props}
            value={locale}
            onChange={(event) => setLocale(event.target.value === 'de' ? 'de' : 'en')}
          >
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        )}
      </FormField>
      {services.length > 0 ? (
        <fieldset className="subscribe__services">
          <legend>{t('subscribe.services')}</legend>
          <p className="form__hint">{t('subscribe.servicesHint')}</p>
          {services.map((service) => (
            <label key={service.key} className="subscribe__service">
              <input
                type="checkbox"
                checked={chosen.has(service.key)}
                onChange={(event) => toggle(service.key, event.target.checked)}
              />
              {service.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="form__hint">{t('subscribe.privacy')}</p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('subscribe.submit')}
        </button>
      </div>
    </form>
  );
}
