import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/i18n';

/**
 * Date and time in the reader's language and the browser's time zone, with the year when it is
 * not this year ("Fr., 20. Nov. 2099, 14:00").
 */
export function formatDateTime(
  iso: string | null | undefined,
  language: string,
  now: Date = new Date(),
): string {
  if (!iso) return '–';
  const time = DateTime.fromISO(iso).setLocale(language);
  if (!time.isValid) return '–';
  const thisYear = DateTime.fromJSDate(now).setZone(time.zone).year;
  return time.toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(time.year === thisYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A day with year, e.g. for the status page history. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '–';
  const time = DateTime.fromISO(iso).setLocale(language);
  return time.isValid ? time.toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY) : '–';
}

/** "3 hours ago" / "in 20 minutes", relative to `now`. */
export function formatRelative(
  iso: string | null | undefined,
  language: string,
  now: Date,
): string {
  if (!iso) return '–';
  const time = DateTime.fromISO(iso);
  if (!time.isValid) return '–';
  return (
    time.setLocale(language).toRelative({ base: DateTime.fromJSDate(now), style: 'long' }) ?? '–'
  );
}

/**
 * Formatters bound to the current language: durations read like "2 h 30 min" / "2 Std. 30 Min.",
 * up to two days in hours and minutes, beyond that in days and hours.
 */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const duration = (totalMinutes: number): string => {
    const minutes = Math.max(0, Math.round(totalMinutes));
    if (minutes < 60) return t('duration.minutes', { minutes });
    if (minutes < 48 * 60) {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      return rest === 0
        ? t('duration.hours', { hours })
        : t('duration.hoursMinutes', { hours, minutes: rest });
    }
    const days = Math.floor(minutes / 1440);
    const hours = Math.round((minutes % 1440) / 60);
    return hours === 0
      ? t('duration.days', { count: days })
      : t('duration.daysHours', { count: days, hours });
  };
  return {
    language,
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, language),
    date: (iso: string | null | undefined) => formatDate(iso, language),
    relative: (iso: string | null | undefined, now: Date = new Date()) =>
      formatRelative(iso, language, now),
    duration,
    number: (value: number) => new Intl.NumberFormat(language).format(value),
    /** Whole euros in the reader's way of writing them ("12.345 €", "€12,345"). */
    euros: (value: number) =>
      new Intl.NumberFormat(language, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(value),
  };
}
