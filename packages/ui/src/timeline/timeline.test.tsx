import { render, screen, within } from '@testing-library/react';
import { Timeline, type TimelineEntry } from './timeline';

const entries: TimelineEntry[] = [
  {
    id: '2',
    at: '2018-10-05T09:30:00Z',
    atLabel: '5 Oct, 11:30',
    author: 'Support',
    body: 'We are restoring the order database.',
    visibility: 'PUBLIC',
    visibilityLabel: 'Public',
    statusChange: 'Recovering',
  },
  {
    id: '1',
    at: '2018-10-05T07:00:00Z',
    atLabel: '5 Oct, 09:00',
    body: 'Server does not boot; RAID controller suspected.',
    visibility: 'INTERNAL',
    visibilityLabel: 'Internal',
  },
];

describe('Timeline', () => {
  it('lists the entries in the given order under its label', () => {
    render(<Timeline entries={entries} label="Timeline" />);
    const items = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('We are restoring the order database.');
    expect(items[1]).toHaveTextContent('RAID controller');
  });

  it('marks public and internal entries differently, in words and in style', () => {
    render(<Timeline entries={entries} label="Timeline" />);
    const [publicEntry, internalEntry] = screen.getAllByRole('listitem');
    expect(publicEntry).toHaveClass('lb-timeline__entry--public');
    expect(publicEntry).toHaveTextContent('Public');
    expect(internalEntry).toHaveClass('lb-timeline__entry--internal');
    expect(internalEntry).toHaveTextContent('Internal');
  });

  it('gives each entry a machine-readable time, author and status change', () => {
    render(<Timeline entries={entries} label="Timeline" />);
    const first = screen.getAllByRole('listitem')[0]!;
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2018-10-05T09:30:00Z');
    expect(first).toHaveTextContent('Support');
    expect(first).toHaveTextContent('Recovering');
  });

  it('marks an entry a retraction took back, in words and in style', () => {
    render(
      <Timeline
        entries={[{ ...entries[0]!, withdrawnLabel: 'Retracted: no longer on the status page' }]}
        label="Timeline"
      />,
    );
    const entry = screen.getByRole('listitem');
    expect(entry).toHaveAttribute('data-withdrawn', 'true');
    expect(entry).toHaveClass('lb-timeline__entry--withdrawn');
    expect(entry).toHaveTextContent('Retracted: no longer on the status page');
  });
});
