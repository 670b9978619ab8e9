/**
 * Julian (old style) ↔ Gregorian (new style) dates. The Russian Empire, and with it the Kazakh
 * press, kept the Julian calendar until the Decree of the Council of People's Commissars of
 * 24 January 1918 «О введении в Российской республике западноевропейского календаря»: the day
 * after 31 January 1918 was 14 February 1918. Issues of 1917 and January 1918 are dated old style.
 *
 * Both calendars are proleptic, with astronomical years (0 is 1 BC), and are converted exactly
 * through the Julian Day Number, the count of days from 1 January 4713 BC (Julian), with the
 * integer formulas of C. Tøndering's "Frequently Asked Questions about Calendars", §2.16.1
 * (also in Wikipedia, "Julian day"), floors taken so that years before 4800 BC work too.
 */

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export type CalendarName = 'julian' | 'gregorian';

/** 14 February 1918, new style: the first day the Russian republic counted in the Gregorian calendar. */
export const NEW_STYLE_FROM: CalendarDate = { year: 1918, month: 2, day: 14 };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number, calendar: CalendarName): boolean {
  if (calendar === 'julian') return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number, calendar: CalendarName): number {
  const days = MONTH_DAYS[month - 1];
  if (days === undefined) throw new RangeError(`month ${month} is not 1–12`);
  return month === 2 && isLeapYear(year, calendar) ? 29 : days;
}

function check(date: CalendarDate, calendar: CalendarName): void {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isSafeInteger)) throw new RangeError(`${year}-${month}-${day} is not a date of whole numbers`);
  if (day < 1 || day > daysInMonth(year, month, calendar)) {
    throw new RangeError(`${year}-${month}-${day} is not a day of the ${calendar} calendar`);
  }
}

/** The Julian Day Number of a date (the day that begins at noon of it). */
export function toJulianDayNumber(date: CalendarDate, calendar: CalendarName): number {
  check(date, calendar);
  // Count from March of a year 4800 years back, so the leap day ends the year and all is positive.
  const a = Math.floor((14 - date.month) / 12);
  const y = date.year + 4800 - a;
  const m = date.month + 12 * a - 3;
  const days = date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  return calendar === 'julian' ? days - 32083 : days - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The date of a Julian Day Number in the given calendar. */
export function fromJulianDayNumber(jdn: number, calendar: CalendarName): CalendarDate {
  if (!Number.isSafeInteger(jdn)) throw new RangeError(`${jdn} is not a day number`);
  let c: number;
  let centuries = 0;
  if (calendar === 'gregorian') {
    const a = jdn + 32044;
    centuries = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * centuries) / 4);
  } else {
    c = jdn + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    year: 100 * centuries + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

/** An old-style date in the new style: 1917-10-25 → 1917-11-07. Throws RangeError on a day the calendar lacks. */
export function julianToGregorian(date: CalendarDate): CalendarDate {
  return fromJulianDayNumber(toJulianDayNumber(date, 'julian'), 'gregorian');
}

/** A new-style date in the old style: 1917-11-07 → 1917-10-25. Throws RangeError on a day the calendar lacks. */
export function gregorianToJulian(date: CalendarDate): CalendarDate {
  return fromJulianDayNumber(toJulianDayNumber(date, 'gregorian'), 'julian');
}

/**
 * Whether a paper of the Russian Empire or republic printed on this day (given new style)
 * dated it old style: any day before 14 February 1918.
 */
export function isOldStyleDate(date: CalendarDate): boolean {
  return toJulianDayNumber(date, 'gregorian') < toJulianDayNumber(NEW_STYLE_FROM, 'gregorian');
}
