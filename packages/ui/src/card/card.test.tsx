import { render, screen } from '@testing-library/react';
import { Card, StatCard } from './card';

describe('Card', () => {
  it('is a region named by its title', () => {
    render(
      <Card title="Backlogs" actions={<button type="button">Add</button>}>
        <p>content</p>
      </Card>,
    );
    const region = screen.getByRole('region', { name: 'Backlogs' });
    expect(region).toContainElement(screen.getByText('content'));
    expect(region).toContainElement(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Backlogs' })).toBeInTheDocument();
  });

  it('uses the requested heading level and tone', () => {
    render(
      <Card title="Timeline" headingLevel={3} tone="critical">
        x
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveClass('lb-card--critical');
  });
});

describe('StatCard', () => {
  it('groups a value with its label and hint', () => {
    render(<StatCard label="Services down" value={3} hint="since Friday" tone="critical" />);
    const group = screen.getByRole('group', { name: 'Services down' });
    expect(group).toHaveTextContent('3');
    expect(group).toHaveTextContent('since Friday');
    expect(group).toHaveClass('lb-stat--critical');
  });
});
