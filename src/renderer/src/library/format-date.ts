import { formatKazakhDate } from '../../../shared/text/kazakh-months';

/** An ISO date (YYYY-MM-DD) in the reader's language: the calendar date as written, no time zone shift. */
export function formatIsoDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  if (language === 'kk') return formatKazakhDate(year, month, day);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
