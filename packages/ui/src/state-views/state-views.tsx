import type { ReactNode } from 'react';

/** Shown while data loads; announced politely to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="lb-state lb-state--loading" role="status" aria-live="polite">
      <span className="lb-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** Shown when there is nothing to list, with a hint what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="lb-state lb-state--empty">{children}</div>;
}

export interface ErrorStateProps {
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
}

/** An error in words, with a way to try again. */
export function ErrorState({ message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <div className="lb-state lb-state--error" role="alert">
      <p>{message}</p>
      {onRetry && retryLabel ? (
        <button type="button" className="lb-button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
