import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alarm, Card, ErrorState, LoadingState } from '@lagebild/ui';
import type { Role } from '../../lib/graphql/generated/graphql';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { RoleField } from './role-field';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './admin.queries';

/** Keys other systems (shop, help desk) use; the secret is shown exactly once. */
export function ApiKeysCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ApiKeysQuery });
  const [, createKey] = useMutation(CreateApiKeyMutation);
  const [, revokeKey] = useMutation(RevokeApiKeyMutation);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('RESPONDER');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = await createKey({ input: { name: name.trim(), role } });
    if (result.error || !result.data) {
      if (result.error) setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setName('');
    setSecret({
      name: result.data.createApiKey.apiKey.name,
      secret: result.data.createApiKey.secret,
    });
    reload();
  };

  return (
    <Card title={t('settings.apiKeys')}>
      {secret ? (
        <Alarm tone="warning" title={t('settings.secretOnce', { name: secret.name })}>
          <code className="secret" data-testid="api-key-secret">
            {secret.secret}
          </code>
        </Alarm>
      ) : null}
      {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? <ErrorState message={problemText(toApiProblem(error))} /> : null}
      {data ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('settings.apiKeys')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('settings.name')}</th>
                <th scope="col">{t('settings.role')}</th>
                <th scope="col">{t('settings.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('services.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.apiKeys.map((key) => (
                <tr key={key.id}>
                  <th scope="row">
                    <span className="table__primary">{key.name}</span>
                    <code className="table__secondary">{key.prefix}…</code>
                  </th>
                  <td>{t(`roles.${key.role}`)}</td>
                  <td>{format.dateTime(key.lastUsedAt)}</td>
                  <td>
                    {key.active ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          void revokeKey({ input: { id: key.id } }).then((result) => {
                            if (result.error) setProblem(toApiProblem(result.error));
                            reload();
                          })
                        }
                      >
                        {t('settings.revoke')}
                        <span className="visually-hidden"> {key.name}</span>
                      </button>
                    ) : (
                      t('settings.revoked')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form className="form admin-form" onSubmit={(event) => void submit(event)} noValidate>
        <h3 className="capacity__title">{t('settings.addKey')}</h3>
        <FormProblem message={problem ? problemText(problem) : undefined} />
        <div className="form__row">
          <FormField label={t('settings.keyName')} error={problem?.fieldIssues['name']}>
            {(props) => (
              <input {...props} value={name} onChange={(event) => setName(event.target.value)} />
            )}
          </FormField>
          <RoleField value={role} onChange={setRole} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('settings.addKey')}
          </button>
        </div>
      </form>
    </Card>
  );
}
