import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmPanelProps {
  title: string;
  /** What happens and who will see it. */
  consequence: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that reaches people outside the team (publish, retract): says what will
 * happen and who will see it, and does nothing until confirmed. Focus moves to the question;
 * Escape cancels.
 */
export function ConfirmPanel({
  title,
  consequence,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  return (
    <div
      className="confirm-panel"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={titleId} className="confirm-panel__title">
        {title}
      </p>
      <p id={textId}>{consequence}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
