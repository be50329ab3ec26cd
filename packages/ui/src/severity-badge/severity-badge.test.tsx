import { render, screen } from '@testing-library/react';
import { SeverityBadge } from './severity-badge';

describe('SeverityBadge', () => {
  it('shows the severity code and its meaning', () => {
    render(<SeverityBadge severity="SEV1" label="critical" />);
    const badge = screen.getByText('SEV1');
    expect(badge).toHaveClass('lb-severity--sev1');
    expect(badge).toHaveTextContent('SEV1critical');
  });

  it('shows only the code when no meaning is given', () => {
    render(<SeverityBadge severity="SEV3" />);
    expect(screen.getByText('SEV3')).toHaveTextContent(/^SEV3$/);
  });
});
