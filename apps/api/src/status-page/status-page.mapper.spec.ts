import { SaxesParser } from 'saxes';
import { toAtomFeed, toSummaryJson, xml } from './status-page.mapper';
import { type PublicStatusView } from './status-page.service';

const at = (iso: string) => new Date(iso);
const page = {
  id: 'lagebild',
  name: 'Budo & Co',
  title: 'Budo & Co status',
  timeZone: 'Europe/Berlin',
  baseUrl: 'https://status.example.com',
};

const view: PublicStatusView = {
  generatedAt: at('2026-11-20T12:00:00Z'),
  organisation: {
    name: 'Budo & Co',
    title: 'Budo & Co status',
    statusPageTitle: '',
    supportContact: '',
    contactWays: [],
    timeZone: 'Europe/Berlin',
    publicUrl: null,
  },
  updatedAt: at('2026-11-20T11:00:00Z'),
  overall: { indicator: 'major', description: 'Partial System Outage' },
  services: [
    {
      key: 'phone-system',
      name: 'Phone system',
      status: 'MAJOR_OUTAGE',
      position: 1,
      createdAt: at('2026-01-01T00:00:00Z'),
      updatedAt: at('2026-11-20T08:00:00Z'),
    },
  ],
  activeIncidents: [
    {
      id: 'incident-1',
      ref: 'INC-0001',
      title: { code: 'SET', params: { title: 'Phones <down> & "out"' } },
      severity: 'SEV2',
      status: 'RECOVERING',
      startedAt: at('2026-11-20T07:00:00Z'),
      resolvedAt: null,
      createdAt: at('2026-11-20T07:05:00Z'),
      updatedAt: at('2026-11-20T11:00:00Z'),
      affectedServiceKeys: ['phone-system', 'no-longer-in-catalogue'],
      updates: [
        {
          id: 'update-2',
          body: 'Bell \u0007 rings & <b>bold</b>',
          status: 'RECOVERING',
          displayAt: at('2026-11-20T11:00:00Z'),
          createdAt: at('2026-11-20T11:00:00Z'),
          nextUpdateAt: null,
        },
      ],
      nextUpdateAt: null,
    },
  ],
  recentIncidents: [],
  announcements: {
    AUTO_REPLY: { de: { locale: 'de', texts: [] }, en: { locale: 'en', texts: [] } },
    PHONE_ANNOUNCEMENT: { de: { locale: 'de', texts: [] }, en: { locale: 'en', texts: [] } },
  },
};

describe('status-page formats', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(xml(`a & b < c > d " e ' f \u0000`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f ');
  });

  it('writes a feed a strict XML parser accepts, with the text intact', () => {
    const feed = toAtomFeed(view, page);
    const texts: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('text', (text) => texts.push(text));
    parser.on('error', (error) => {
      throw error;
    });
    parser.write(feed).close();
    expect(texts).toContain('Bell  rings & <b>bold</b>');
    expect(texts).toContain('Phones <down> & "out": Recovering');
    expect(texts).toContain('Budo & Co status');
  });

  it('writes summary.json in the common format, skipping unknown components', () => {
    const summary = toSummaryJson(view, page);
    expect(summary.page).toEqual({
      id: 'lagebild',
      name: 'Budo & Co',
      url: 'https://status.example.com/status',
      time_zone: 'Europe/Berlin',
      updated_at: '2026-11-20T11:00:00.000Z',
    });
    expect(summary.status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    expect(summary.incidents[0]).toMatchObject({
      status: 'identified',
      impact: 'major',
      shortlink: 'https://status.example.com/status#INC-0001',
      components: [{ id: 'phone-system', status: 'major_outage' }],
      incident_updates: [
        { id: 'update-2', status: 'identified', display_at: '2026-11-20T11:00:00.000Z' },
      ],
    });
  });
});
