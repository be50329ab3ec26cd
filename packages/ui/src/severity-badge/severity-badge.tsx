export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

export interface SeverityBadgeProps {
  severity: Severity;
  /** Optional words after the code, e.g. "critical". */
  label?: string;
}

/** An incident's severity: the code (SEV1 is the worst) and, if given, what it means. */
export function SeverityBadge({ severity, label }: SeverityBadgeProps) {
  return (
    <span
      className={`lb-badge lb-severity lb-severity--${severity.toLowerCase()}`}
      data-severity={severity}
    >
      {severity}
      {label ? <span className="lb-severity__label">{label}</span> : null}
    </span>
  );
}
