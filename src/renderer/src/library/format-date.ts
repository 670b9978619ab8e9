import { formatKazakhDate } from '../../../shared/text/kazakh-months';

/**
 * An ISO date (YYYY-MM-DD) in the reader's language: the calendar date as written, no time zone
 * shift. `medium` abbreviates the month where the language has a short form (lists).
 */
export function formatIsoDate(iso: string | undefined, language: string, style: 'long' | 'medium' = 'long'): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  // Kazakh's short form is the numeric one written in Kazakh documents: 25.11.1918.
  if (language === 'kk') return style === 'long' ? formatKazakhDate(year, month, day) : `${pad(day)}.${pad(month)}.${year}`;
  return dateFormat(language, style).format(new Date(Date.UTC(year, month - 1, day)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formatters are costly to make and a list shows dozens of dates a frame: one per language and style. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string, style: 'long' | 'medium'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** A moment (ISO timestamp) as local date and time in the reader's language. */
export function formatTimestamp(iso: string, language: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(when);
  if (language === 'kk') return `${formatKazakhDate(when.getFullYear(), when.getMonth() + 1, when.getDate())}, ${time}`;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}
