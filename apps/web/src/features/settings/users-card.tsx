import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Card, ErrorState, LoadingState } from '@lagebild/ui';
import type { Role } from '../../lib/graphql/generated/graphql';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { RoleField, ROLES } from './role-field';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from './admin.queries';

/** People who may log in: add one, change a role, enable or disable (admins only). */
export function UsersCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: UsersQuery });
  const [, createUser] = useMutation(CreateUserMutation);
  const [, updateUser] = useMutation(UpdateUserMutation);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [rowProblem, setRowProblem] = useState<string | null>(null);
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = await createUser({
      input: { email: email.trim(), name: name.trim() || null, role, password },
    });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setEmail('');
    setName('');
    setPassword('');
    reload();
  };

  const change = async (input: Parameters<typeof updateUser>[0]['input']): Promise<void> => {
    const result = await updateUser({ input });
    setRowProblem(result.error ? problemText(toApiProblem(result.error)) : null);
    reload();
  };

  return (
    <Card title={t('settings.users')}>
      {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? <ErrorState message={problemText(toApiProblem(error))} /> : null}
      {rowProblem ? (
        <p className="form__error" role="alert">
          {rowProblem}
        </p>
      ) : null}
      {data ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('settings.users')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('settings.name')}</th>
                <th scope="col">{t('settings.role')}</th>
                <th scope="col">{t('settings.lastLogin')}</th>
                <th scope="col">{t('settings.enabled')}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <span className="table__primary">{user.name}</span>
                    <span className="table__secondary">{user.email}</span>
                  </th>
                  <td>
                    <select
                      aria-label={t('settings.roleOf', { name: user.name })}
                      value={user.role}
                      onChange={(event) =>
                        void change({
                          id: user.id,
                          version: user.version,
                          role: event.target.value as Role,
                        })
                      }
                    >
                      {ROLES.map((option) => (
                        <option key={option} value={option}>
                          {t(`roles.${option}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{format.dateTime(user.lastLoginAt)}</td>
                  <td>
                    <label className="checklist__item">
                      <input
                        type="checkbox"
                        checked={user.enabled}
                        onChange={(event) =>
                          void change({
                            id: user.id,
                            version: user.version,
                            enabled: event.target.checked,
                          })
                        }
                      />
                      <span className="visually-hidden">
                        {t('settings.enabledOf', { name: user.name })}
                      </span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form className="form admin-form" onSubmit={(event) => void submit(event)} noValidate>
        <h3 className="capacity__title">{t('settings.addUser')}</h3>
        <FormProblem message={problem ? problemText(problem) : undefined} />
        <div className="form__row">
          <FormField label={t('login.email')} error={problem?.fieldIssues['email']}>
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('settings.name')} error={problem?.fieldIssues['name']}>
            {(props) => (
              <input {...props} value={name} onChange={(event) => setName(event.target.value)} />
            )}
          </FormField>
          <RoleField value={role} onChange={setRole} />
          <FormField
            label={t('login.password')}
            hint={t('settings.passwordHint')}
            error={problem?.fieldIssues['password']}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('settings.addUser')}
          </button>
        </div>
      </form>
    </Card>
  );
}
