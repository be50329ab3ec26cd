import { render, screen } from '@testing-library/react';
import { StatusBadge, type ServiceStatus } from './status-badge';

describe('StatusBadge', () => {
  it('shows the status as words, not only as colour', () => {
    render(<StatusBadge status="MAJOR_OUTAGE" label="Major outage" />);
    expect(screen.getByText('Major outage')).toBeVisible();
  });

  it.each<[ServiceStatus, string]>([
    ['OPERATIONAL', 'lb-status--operational'],
    ['DEGRADED_PERFORMANCE', 'lb-status--degraded-performance'],
    ['PARTIAL_OUTAGE', 'lb-status--partial-outage'],
    ['MAJOR_OUTAGE', 'lb-status--major-outage'],
    ['UNDER_MAINTENANCE', 'lb-status--under-maintenance'],
  ])('colours %s with its own class and exposes the raw value', (status, className) => {
    render(<StatusBadge status={status} label="label" />);
    const badge = screen.getByText('label');
    expect(badge).toHaveClass(className);
    expect(badge).toHaveAttribute('data-status', status);
  });

  it('hides the decorative symbol from screen readers', () => {
    render(<StatusBadge status="PARTIAL_OUTAGE" label="Partial outage" />);
    const badge = screen.getByText('Partial outage');
    expect(badge.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });
});
