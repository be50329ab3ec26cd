import { useId, type ReactNode } from 'react';

export type Tone = 'neutral' | 'good' | 'warning' | 'critical';

export interface CardProps {
  title: ReactNode;
  /** Heading level that fits the page's outline. */
  headingLevel?: 2 | 3 | 4;
  actions?: ReactNode;
  tone?: Tone;
  children: ReactNode;
  className?: string;
}

/** A titled section of a page. Rendered as a labelled region so it can be found by name. */
export function Card({
  title,
  headingLevel = 2,
  actions,
  tone = 'neutral',
  children,
  className,
}: CardProps) {
  const Heading = `h${headingLevel}` as const;
  const headingId = `lb-card-${useId().replaceAll(':', '')}`;
  return (
    <section
      className={['lb-card', `lb-card--${tone}`, className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <header className="lb-card__header">
        <Heading id={headingId} className="lb-card__title">
          {title}
        </Heading>
        {actions ? <div className="lb-card__actions">{actions}</div> : null}
      </header>
      <div className="lb-card__body">{children}</div>
    </section>
  );
}

export interface StatCardProps {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: Tone;
}

/** One figure with its label, e.g. "Services down: 3". */
export function StatCard({ label, value, hint, tone = 'neutral' }: StatCardProps) {
  return (
    <div className={`lb-stat lb-stat--${tone}`} role="group" aria-label={label}>
      <div className="lb-stat__label">{label}</div>
      <div className="lb-stat__value">{value}</div>
      {hint ? <div className="lb-stat__hint">{hint}</div> : null}
    </div>
  );
}
