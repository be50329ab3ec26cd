import { useTranslation } from 'react-i18next';
import type { NotificationClockState } from '../../lib/graphql/generated/graphql';
import { useFormat } from '../../lib/format';

/** The 72-hour clock as the API states it, worded; urgent while running, critical when overdue. */
export function NotificationClockText({
  clock,
}: {
  clock: {
    state: NotificationClockState;
    deadline: string;
    minutesLeft: number;
    minutesOverdue: number;
    notifiedLate: boolean;
  };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const deadline = format.dateTime(clock.deadline);
  const text =
    clock.state === 'RUNNING'
      ? t('personalData.clock.RUNNING', { left: format.duration(clock.minutesLeft), deadline })
      : clock.state === 'OVERDUE'
        ? t('personalData.clock.OVERDUE', {
            overdue: format.duration(clock.minutesOverdue),
            deadline,
          })
        : clock.state === 'NOTIFIED'
          ? t(
              clock.notifiedLate
                ? 'personalData.clock.NOTIFIED_LATE'
                : 'personalData.clock.NOTIFIED',
            )
          : t('personalData.clock.NOT_REQUIRED');
  const tone =
    clock.state === 'OVERDUE'
      ? 'text-critical'
      : clock.state === 'RUNNING'
        ? 'text-warning'
        : 'muted';
  return (
    <p className={`notification-clock ${tone}`} data-clock-state={clock.state}>
      <strong>{t('personalData.clockLabel')}:</strong> {text}
    </p>
  );
}
