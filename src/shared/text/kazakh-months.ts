/**
 * Kazakh month names (Cyrillic), January first, as in the Unicode CLDR `kk` locale and the
 * orthographic dictionary. Written out here because browsers' ICU data often lacks them
 * (Chromium may print "1918 M11 25").
 */
export const KAZAKH_MONTHS = [
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
] as const;

/** A calendar date the Kazakh way (CLDR `kk` long format): «1918 ж. 25 қараша». */
export function formatKazakhDate(year: number, month: number, day: number): string {
  const name = KAZAKH_MONTHS[month - 1];
  if (!name) throw new RangeError(`month ${month} is not 1–12`);
  return `${year} ж. ${day} ${name}`;
}
