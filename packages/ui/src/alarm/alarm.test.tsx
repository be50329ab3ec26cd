import { render, screen } from '@testing-library/react';
import { Alarm } from './alarm';

describe('Alarm', () => {
  it('raises a critical alarm as an alert', () => {
    render(<Alarm title="Customers waiting for news">Last public word 3 h ago</Alarm>);
    const alarm = screen.getByRole('alert');
    expect(alarm).toHaveTextContent('Customers waiting for news');
    expect(alarm).toHaveTextContent('Last public word 3 h ago');
  });

  it('shows a warning as a polite status', () => {
    render(<Alarm tone="warning" title="Update due soon" />);
    expect(screen.getByRole('status')).toHaveClass('lb-alarm--warning');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
