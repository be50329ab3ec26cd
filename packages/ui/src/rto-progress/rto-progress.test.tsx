import { render, screen } from '@testing-library/react';
import { RtoProgress } from './rto-progress';

describe('RtoProgress', () => {
  it('reports the share of the RTO used and the words for it', () => {
    render(
      <RtoProgress elapsedMinutes={60} rtoMinutes={240} label="3 h left" name="Order database" />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Order database' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuetext', '3 h left');
    expect(screen.getByText('3 h left')).toBeVisible();
  });

  it.each([
    [100, 240, 'lb-rto--good'],
    [200, 240, 'lb-rto--warning'],
    [300, 240, 'lb-rto--critical'],
  ])('after %i of %i minutes is %s', (elapsed, rto, className) => {
    const { container } = render(
      <RtoProgress elapsedMinutes={elapsed} rtoMinutes={rto} label="x" name="svc" />,
    );
    expect(container.firstChild).toHaveClass(className);
  });

  it('caps the bar at 100 % once the RTO has passed', () => {
    render(<RtoProgress elapsedMinutes={900} rtoMinutes={60} label="passed" name="svc" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  });
});
