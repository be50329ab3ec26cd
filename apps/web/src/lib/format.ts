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
  // Dates and numbers in the reader's own variant of the language (en-GB writes 14:03, en-US
  // 2:03 PM), as long as the browser asks for the language the page speaks.
  const locale = regionalLocale(language);
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
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
    date: (iso: string | null | undefined) => formatDate(iso, locale),
    relative: (iso: string | null | undefined, now: Date = new Date()) =>
      formatRelative(iso, locale, now),
    duration,
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** Whole euros in the reader's way of writing them ("12.345 €", "€12,345"). */
    euros: (value: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(value),
  };
}

/**
 * The browser's preferred locale for `language` (`en-GB` for an English page in a British
 * browser), or the bare language when the browser prefers none of its variants.
 */
export function regionalLocale(
  language: string,
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): string {
  return (
    preferred.find((tag) => tag.toLowerCase().split('-')[0] === language.toLowerCase()) ?? language
  );
}
