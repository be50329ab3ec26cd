import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alarm, Card, ErrorState, LoadingState } from '@lagebild/ui';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import {
  CreateWebhookSubscriptionMutation,
  DisableWebhookSubscriptionMutation,
  WebhookSubscriptionsQuery,
} from './delivery.queries';

/** Endpoints of other systems that receive signed events; the secret is shown once. */
export function WebhooksCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: WebhookSubscriptionsQuery });
  const [, create] = useMutation(CreateWebhookSubscriptionMutation);
  const [, disable] = useMutation(DisableWebhookSubscriptionMutation);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [serviceKeys, setServiceKeys] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const keys = serviceKeys
      .split(/[\s,]+/)
      .map((key) => key.trim())
      .filter((key) => key !== '');
    const result = await create({
      input: { url: url.trim(), description: description.trim(), serviceKeys: keys },
    });
    if (result.error || !result.data) {
      if (result.error) setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setUrl('');
    setDescription('');
    setServiceKeys('');
    setSecret({
      url: result.data.createWebhookSubscription.subscription.url,
      secret: result.data.createWebhookSubscription.secret,
    });
    reload();
  };

  return (
    <Card title={t('webhooks.title')}>
      <p className="muted">{t('webhooks.intro')}</p>
      {secret ? (
        <Alarm tone="warning" title={t('webhooks.secretOnce', { url: secret.url })}>
          <code className="secret" data-testid="webhook-secret">
            {secret.secret}
          </code>
        </Alarm>
      ) : null}
      {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? <ErrorState message={problemText(toApiProblem(error))} /> : null}
      {data && data.webhookSubscriptions.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('webhooks.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.services')}</th>
                <th scope="col">{t('webhooks.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('services.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.webhookSubscriptions.map((hook) => (
                <tr key={hook.id}>
                  <th scope="row">
                    <span className="table__primary outbox__recipient">{hook.url}</span>
                    <span className="table__secondary">
                      {hook.description} · {format.dateTime(hook.createdAt)}
                    </span>
                  </th>
                  <td>
                    {hook.serviceKeys.length > 0 ? hook.serviceKeys.join(', ') : t('webhooks.all')}
                  </td>
                  <td>
                    {hook.enabled ? t('webhooks.enabled') : t('webhooks.disabled')}
                    {hook.disabledReason ? (
                      <span className="table__secondary">{hook.disabledReason}</span>
                    ) : null}
                  </td>
                  <td>
                    {hook.enabled ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          void disable({ input: { id: hook.id, version: hook.version } }).then(
                            (result) => {
                              setProblem(result.error ? toApiProblem(result.error) : null);
                              reload();
                            },
                          )
                        }
                      >
                        {t('webhooks.disable')}
                        <span className="visually-hidden"> {hook.url}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form className="form admin-form" onSubmit={(event) => void submit(event)} noValidate>
        <h3 className="capacity__title">{t('webhooks.add')}</h3>
        <FormProblem message={problem ? problemText(problem) : undefined} />
        <FormField label={t('webhooks.url')} error={problem?.fieldIssues['url']}>
          {(props) => (
            <input
              {...props}
              type="url"
              placeholder="https://"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </FormField>
        <div className="form__row">
          <FormField label={t('webhooks.description')} error={problem?.fieldIssues['description']}>
            {(props) => (
              <input
                {...props}
                value={description}
                onChange={(event) => setDescription(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label={t('webhooks.services')}
            hint={t('webhooks.servicesHint')}
            error={problem?.fieldIssues['serviceKeys.0'] ?? problem?.fieldIssues['serviceKeys']}
          >
            {(props) => (
              <input
                {...props}
                value={serviceKeys}
                onChange={(event) => setServiceKeys(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('webhooks.add')}
          </button>
        </div>
      </form>
    </Card>
  );
}
