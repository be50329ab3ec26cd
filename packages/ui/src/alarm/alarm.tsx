import type { ReactNode } from 'react';
import type { Tone } from '../card/card';

export interface AlarmProps {
  tone?: Exclude<Tone, 'neutral'>;
  title: string;
  children?: ReactNode;
}

/** A banner that must not be overlooked, e.g. overdue customer communication. */
export function Alarm({ tone = 'critical', title, children }: AlarmProps) {
  return (
    <div className={`lb-alarm lb-alarm--${tone}`} role={tone === 'critical' ? 'alert' : 'status'}>
      <strong className="lb-alarm__title">{title}</strong>
      {children ? <div className="lb-alarm__body">{children}</div> : null}
    </div>
  );
}
