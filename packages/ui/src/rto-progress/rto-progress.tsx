export interface RtoProgressProps {
  /** Minutes since the service went down (or until it recovered). */
  elapsedMinutes: number;
  rtoMinutes: number;
  /** The outcome in words, e.g. "2 h 10 min left" or "RTO passed by 3 h". */
  label: string;
  /** Name of the thing measured, for screen readers. */
  name: string;
}

/**
 * Time used against a recovery-time objective. The bar fills up to the RTO and turns critical
 * once it is passed; the label carries the meaning for readers who cannot see the bar.
 */
export function RtoProgress({ elapsedMinutes, rtoMinutes, label, name }: RtoProgressProps) {
  const safeRto = Math.max(rtoMinutes, 1);
  const ratio = elapsedMinutes / safeRto;
  const tone = ratio >= 1 ? 'critical' : ratio >= 0.75 ? 'warning' : 'good';
  const percent = Math.min(100, Math.max(0, Math.round(ratio * 100)));
  return (
    <div className={`lb-rto lb-rto--${tone}`}>
      <div
        className="lb-rto__bar"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
      >
        <div className="lb-rto__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="lb-rto__label">{label}</span>
    </div>
  );
}
