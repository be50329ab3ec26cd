import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import i18n from 'i18next';
import { setUpI18n } from '../../app/i18n';
import { ServiceForm } from './service-form';
import type { ServiceRow } from './services.queries';

setUpI18n();

/** A GraphQL endpoint that answers every request with `body` and records what was sent. */
function endpoint(body: unknown) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const client = new Client({
    url: 'http://lagebild.test/graphql',
    exchanges: [fetchExchange],
    fetch: async (_url, init) => {
      sent.push(JSON.parse(String(init?.body)));
      // jsdom has no fetch Response; urql reads only the content type and the text.
      return {
        ok: true,
        status: 200,
        statusText: 'OK',
        headers: {
          get: (name: string) =>
            name.toLowerCase() === 'content-type' ? 'application/json' : null,
        },
        text: async () => JSON.stringify(body),
      } as unknown as Response;
    },
  });
  return { client, sent };
}

const orderDatabase: ServiceRow = {
  key: 'order-database',
  name: 'Order database',
  description: '',
  tier: 1,
  rtoMinutes: 240,
  rpoMinutes: 60,
  dependsOn: [],
  status: 'OPERATIONAL',
  version: 3,
  dependents: ['web-shop'],
  mtpdMinutes: null,
  outageCostPerHour: null,
  supplier: false,
  supplierGaps: [],
};
const webShop: ServiceRow = {
  ...orderDatabase,
  key: 'web-shop',
  name: 'Web shop',
  dependsOn: ['order-database'],
  dependents: [],
};

function renderForm(service: ServiceRow | null, body: unknown) {
  const { client, sent } = endpoint(body);
  const onSaved = jest.fn();
  const onReload = jest.fn();
  render(
    <Provider value={client}>
      <ServiceForm
        service={service}
        allServices={[orderDatabase, webShop]}
        onSaved={onSaved}
        onReload={onReload}
      />
    </Provider>,
  );
  return { sent, onSaved, onReload };
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('ServiceForm', () => {
  it("shows the API's field issues next to their fields and keeps what was typed", async () => {
    const { sent } = renderForm(orderDatabase, {
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [
              {
                field: 'dependsOn',
                message:
                  'would create the dependency cycle order-database -> web-shop -> order-database',
              },
            ],
          },
        },
      ],
    });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Orders (main)' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Web shop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need attention.');
    const group = screen.getByRole('group', { name: 'Depends on' });
    expect(group).toHaveTextContent('would create the dependency cycle');
    expect(group).toHaveAttribute('aria-describedby', expect.stringContaining('error'));
    expect(screen.getByLabelText('Name')).toHaveValue('Orders (main)');
    expect(screen.getByRole('checkbox', { name: 'Web shop' })).toBeChecked();
    expect(sent[0]?.variables).toEqual({
      input: expect.objectContaining({
        key: 'order-database',
        version: 3,
        name: 'Orders (main)',
        dependsOn: ['web-shop'],
      }),
    });
  });

  it('shows a stale edit as a conflict and reads the current version', async () => {
    const { onReload } = renderForm(orderDatabase, {
      data: null,
      errors: [{ message: 'Service order-database changed', extensions: { code: 'CONFLICT' } }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else saved a change while you were editing',
    );
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Keep mine' })).toBeDisabled();
  });

  it("checks the domain's rules before sending anything", async () => {
    const { sent } = renderForm(null, { data: null });
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'Not A Slug' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Key')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Recovery time objective (minutes)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(sent).toHaveLength(0);
  });

  it('hands the saved service back', async () => {
    const { onSaved } = renderForm(null, {
      data: { createService: { ...webShop, key: 'phone-system', name: 'Phone system' } },
    });
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'phone-system' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Phone system' } });
    fireEvent.change(screen.getByLabelText('Recovery time objective (minutes)'), {
      target: { value: '120' },
    });
    fireEvent.change(screen.getByLabelText('Recovery point objective (minutes)'), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ key: 'phone-system' })),
    );
  });

  it('refuses an MTPD below the RTO before sending, in German, and sends the estimate', async () => {
    await i18n.changeLanguage('de');
    try {
      const { sent } = renderForm(orderDatabase, {
        data: { updateService: { ...orderDatabase, version: 4 } },
      });
      const mtpd = screen.getByLabelText('Maximal tolerierbare Ausfallzeit (Minuten)');
      fireEvent.change(mtpd, { target: { value: '120' } });
      fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
      await waitFor(() => expect(mtpd).toHaveAttribute('aria-invalid', 'true'));
      expect(screen.getByText('Mindestens die RTO (240 Minuten).')).toBeInTheDocument();
      expect(sent).toHaveLength(0);

      fireEvent.change(mtpd, { target: { value: '480' } });
      fireEvent.change(screen.getByLabelText('Verlorene Bestellungen je Ausfallstunde'), {
        target: { value: '25' },
      });
      fireEvent.change(screen.getByLabelText('Verlorene Euro je Ausfallstunde'), {
        target: { value: '1500' },
      });
      fireEvent.click(screen.getByRole('checkbox', { name: /Externer Lieferant/ }));
      expect(screen.getByLabelText('Zugesagte Wiederherstellungszeit (Minuten)')).toHaveValue(
        '240',
      );
      fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
      await waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]?.variables).toEqual({
        input: expect.objectContaining({
          mtpdMinutes: 480,
          outageCostPerHour: { orders: 25, euros: 1500 },
          supplier: true,
        }),
      });
    } finally {
      cleanup();
      await i18n.changeLanguage('en');
    }
  });
});
