import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Card, EmptyState, ErrorState, LoadingState, StatusBadge } from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { useCan } from '../auth/permissions';
import { ServiceForm } from './service-form';
import { ServicesQuery, type ServiceRow } from './services.queries';
import { ServiceGraphCard } from './service-graph-card';
import { useSupplierGapText } from '../../lib/words/supplier-gap-text';
import { ContinuationPlansCard } from '../continuity-plans/continuation-plans-card';

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; key: string };

export function ServicesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('services.title'));
  const problemText = useProblemText();
  const format = useFormat();
  const supplierGapText = useSupplierGapText();
  const canEdit = useCan('ADMIN');
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ServicesQuery });
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [notice, setNotice] = useState<string | null>(null);

  const services = data?.services ?? [];
  const gaps = services.flatMap((service) => service.supplierGaps);
  const names = new Map(services.map((service) => [service.key, service.name]));
  const nameOf = (key: string): string => names.get(key) ?? key;
  const edited: ServiceRow | null =
    editing.mode === 'edit'
      ? (services.find((service) => service.key === editing.key) ?? null)
      : null;
  // The open form keeps what was typed; it compares with the fresh record on a conflict.
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });

  return (
    <div className="stack">
      <header className="page__header">
        <h1>{t('services.title')}</h1>
        <p className="page__intro">{t('services.intro')}</p>
      </header>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className="split">
        <Card
          title={t('services.list')}
          actions={
            canEdit ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setNotice(null);
                  setEditing({ mode: 'create' });
                }}
              >
                {t('services.add')}
              </button>
            ) : null
          }
        >
          {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
          {error && !data ? (
            <ErrorState
              message={problemText(toApiProblem(error))}
              retryLabel={t('common.retry')}
              onRetry={reload}
            />
          ) : null}
          {data && services.length === 0 ? <EmptyState>{t('services.empty')}</EmptyState> : null}
          {services.length > 0 ? (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('services.list')}
            >
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('services.columns.name')}</th>
                    <th scope="col">{t('services.columns.status')}</th>
                    <th scope="col">{t('services.columns.tier')}</th>
                    <th scope="col">{t('services.columns.rto')}</th>
                    <th scope="col">{t('services.columns.rpo')}</th>
                    <th scope="col">{t('services.columns.mtpd')}</th>
                    <th scope="col">{t('services.columns.cost')}</th>
                    <th scope="col">{t('services.columns.dependsOn')}</th>
                    <th scope="col">{t('services.columns.dependents')}</th>
                    {canEdit ? (
                      <th scope="col">
                        <span className="visually-hidden">{t('services.columns.actions')}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {services.map((service) => (
                    <tr key={service.key} data-service-key={service.key}>
                      <th scope="row">
                        <span className="table__primary">{service.name}</span>
                        <code className="table__secondary">{service.key}</code>
                        {service.supplier ? (
                          <span className="tag" data-testid="supplier-tag">
                            {t('services.supplier')}
                          </span>
                        ) : null}
                      </th>
                      <td>
                        <StatusBadge
                          status={service.status}
                          label={t(`serviceStatus.${service.status}`)}
                        />
                      </td>
                      <td>{service.tier}</td>
                      <td>{format.duration(service.rtoMinutes)}</td>
                      <td>{format.duration(service.rpoMinutes)}</td>
                      <td>
                        {service.mtpdMinutes === null || service.mtpdMinutes === undefined
                          ? '–'
                          : format.duration(service.mtpdMinutes)}
                      </td>
                      <td>
                        {service.outageCostPerHour
                          ? t('services.perHour', {
                              euros: format.euros(service.outageCostPerHour.euros),
                              orders: format.number(service.outageCostPerHour.orders),
                            })
                          : '–'}
                      </td>
                      <td>{service.dependsOn.map(nameOf).join(', ') || '–'}</td>
                      <td>{service.dependents.map(nameOf).join(', ') || '–'}</td>
                      {canEdit ? (
                        <td>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => {
                              setNotice(null);
                              setEditing({ mode: 'edit', key: service.key });
                            }}
                          >
                            {t('common.edit')}
                            <span className="visually-hidden"> {service.name}</span>
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Card>
        {canEdit && editing.mode !== 'closed' && (editing.mode === 'create' || edited) ? (
          <Card
            title={edited ? t('services.editTitle', { name: edited.name }) : t('services.addTitle')}
          >
            <ServiceForm
              key={editing.mode === 'edit' ? editing.key : 'new'}
              service={edited}
              allServices={services}
              onReload={reload}
              onCancel={() => setEditing({ mode: 'closed' })}
              onSaved={(saved) => {
                setEditing({ mode: 'closed' });
                setNotice(t('services.saved', { name: saved.name }));
                reexecute({ requestPolicy: 'network-only' });
              }}
            />
          </Card>
        ) : null}
      </div>
      {services.length > 0 ? (
        <Card title={t('services.gaps')} tone={gaps.length > 0 ? 'warning' : 'good'}>
          {gaps.length === 0 ? <EmptyState>{t('services.noGaps')}</EmptyState> : null}
          <ul className="gap-list" data-testid="service-gaps">
            {gaps.map((gap) => (
              <li key={`${gap.serviceKey}>${gap.supplierKey}`}>{supplierGapText(gap)}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      {services.length > 0 ? <ContinuationPlansCard services={services} canEdit={canEdit} /> : null}
      {services.length > 0 ? <ServiceGraphCard services={services} /> : null}
    </div>
  );
}
