import { fireEvent, render, screen } from '@testing-library/react';
import { EmptyState, ErrorState, LoadingState } from './state-views';

describe('state views', () => {
  it('announces loading as a status', () => {
    render(<LoadingState label="Loading…" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows the empty hint', () => {
    render(<EmptyState>No services yet.</EmptyState>);
    expect(screen.getByText('No services yet.')).toBeVisible();
  });

  it('raises an alert with the message and retries on request', () => {
    const onRetry = jest.fn();
    render(<ErrorState message="Server unreachable" retryLabel="Try again" onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Server unreachable');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers no retry button without a handler', () => {
    render(<ErrorState message="Gone" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
