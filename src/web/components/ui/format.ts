import type { Locale } from '../../../domain/locale.ts';

/** BCP 47 tags for Intl: Kazakh and Russian as used in Kazakhstan. */
const INTL_TAG: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return INTL_TAG[locale] ?? 'kk-KZ';
}

/**
 * The tag for numeric dates. Kazakh and Russian write dates alike (14.03.2026); browsers built with
 * a reduced ICU have no Kazakh data and print «2026-03-14» or «M03» for kk-KZ, so numbers go
 * through ru-RU for both.
 */
function numericTag(locale: Locale): string {
  return locale === 'en' ? intlTag('en') : intlTag('ru');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A date and time as civil servants write it: 14.03.2026, 10:42 (14/03/2026, 10:42 in English) —
 * what Intl.DateTimeFormat prints for numericTag(locale) with two-digit day, month, hour and
 * minute (format.test.ts checks they agree). Written out by hand: the editor's top bar shows one on
 * its first render, and the first Intl formatter a page makes costs ~10 ms of locale data loading.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sep = locale === 'en' ? '/' : '.';
  return `${pad2(date.getDate())}${sep}${pad2(date.getMonth() + 1)}${sep}${date.getFullYear()}, ${formatTime(date)}`;
}

/** The local time of day, 24-hour, as every UI language writes it: 09:05. */
export function formatTime(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** A comparer for names in the reader's language (ә, ғ, қ, ң, ө, ұ, ү, һ, і sort where Kazakh expects). */
export function nameCollator(locale: Locale): Intl.Collator {
  return new Intl.Collator(intlTag(locale), { sensitivity: 'base', numeric: true });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC-midnight instant of a calendar date 'YYYY-MM-DD', or null. */
function utcDate(isoDate: string | null | undefined): Date | null {
  if (!isoDate || !ISO_DATE.test(isoDate)) return null;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar date 'YYYY-MM-DD' as civil servants write it (09.04.2026; 09/04/2026 in English).
 * The date is a date in Asia/Almaty already: it is formatted in UTC so no time zone shifts it.
 */
export function formatDate(isoDate: string | null | undefined, locale: Locale): string {
  const date = utcDate(isoDate);
  if (!date) return '';
  return new Intl.DateTimeFormat(numericTag(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Kazakh month and weekday names (Monday first), for browsers whose ICU has no Kazakh. */
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'];

/** The name of a month (1–12), capitalised as a heading: «Наурыз», «Март», «March». */
export function monthName(month: number, locale: Locale): string {
  const name =
    locale === 'kk'
      ? KK_MONTHS[month - 1]
      : new Intl.DateTimeFormat(intlTag(locale), { month: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2024, month - 1, 1)),
        );
  return name.charAt(0).toLocaleUpperCase(intlTag(locale)) + name.slice(1);
}

/** The name of a weekday, 0 = Monday … 6 = Sunday: «сәрсенбі», «среда», «Wednesday». */
export function weekdayName(weekday: number, locale: Locale): string {
  if (locale === 'kk') return KK_WEEKDAYS[weekday];
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + weekday)),
  );
}

/** A calendar date with the weekday and the month in words: «среда, 25 марта 2026 г.», «2026 жылғы 25 наурыз, сәрсенбі». */
export function formatLongDate(isoDate: string, locale: Locale): string {
  const date = utcDate(isoDate);
  if (!date) return '';
  const weekday = (date.getUTCDay() + 6) % 7;
  if (locale === 'kk')
    return `${date.getUTCFullYear()} жылғы ${date.getUTCDate()} ${KK_MONTHS[date.getUTCMonth()]}, ${KK_WEEKDAYS[weekday]}`;
  return new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A number as Kazakh and Russian write it (1 234,5); English 1,234.5. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(numericTag(locale), { maximumFractionDigits: 4 }).format(value);
}

/**
 * A number with its unit as Kazakh and Russian write it: «1 234,5 %», «12 млн тг»; English «45%»,
 * «12 days». A non-breaking space keeps the unit on the number's line; null gives ''.
 */
export function formatQuantity(
  value: number | null | undefined,
  unit: string | null | undefined,
  locale: Locale,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const number = formatNumber(value, locale);
  const u = unit?.trim();
  if (!u) return number;
  return locale === 'en' && u === '%' ? `${number}%` : `${number}\u00a0${u}`;
}
