import { describe, expect, it } from 'vitest';
import {
  NEW_STYLE_FROM,
  daysInMonth,
  fromJulianDayNumber,
  gregorianToJulian,
  isOldStyleDate,
  julianToGregorian,
  toJulianDayNumber,
  type CalendarDate,
} from '../../../src/shared/text/calendar';

const date = (iso: string): CalendarDate => {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
};

/** Old style, new style: days the textbooks pair. */
const PAIRS: [julian: string, gregorian: string][] = [
  ['1917-10-25', '1917-11-07'], // the October revolution
  ['1917-02-23', '1917-03-08'], // the February revolution
  ['1917-12-05', '1917-12-18'], // the second all-Kazakh congress opens in Orenburg
  ['1918-01-31', '1918-02-13'], // the last old-style day
  ['1918-02-01', '1918-02-14'], // the first new-style day, had it been counted old style
  ['1582-10-04', '1582-10-14'],
  ['1582-10-05', '1582-10-15'], // the first Gregorian day followed Julian 4 October
  ['1700-02-18', '1700-02-28'], // 10 days up to Julian 1700-02-28 …
  ['1700-02-19', '1700-03-01'],
  ['1700-02-29', '1700-03-11'], // … 11 from the Julian leap day of 1700
  ['1799-12-31', '1800-01-11'],
  ['1800-03-01', '1800-03-13'], // 12 days in the nineteenth century
  ['1900-02-29', '1900-03-13'], // a Julian day the Gregorian calendar lacks
  ['1900-03-01', '1900-03-14'], // 13 days from 1900 to 2100
  ['2100-02-28', '2100-03-13'],
  ['2100-02-29', '2100-03-14'], // 14 after
  ['0200-03-01', '0200-03-01'], // the calendars agree in the third century
];

describe('Julian ↔ Gregorian', () => {
  it.each(PAIRS)('Julian %s is Gregorian %s', (julian, gregorian) => {
    expect(julianToGregorian(date(julian))).toEqual(date(gregorian));
    expect(gregorianToJulian(date(gregorian))).toEqual(date(julian));
  });

  it('agrees with the Julian Day Numbers of the astronomical almanacs', () => {
    expect(toJulianDayNumber(date('2000-01-01'), 'gregorian')).toBe(2451545);
    expect(toJulianDayNumber({ year: -4712, month: 1, day: 1 }, 'julian')).toBe(0);
    expect(toJulianDayNumber({ year: -4713, month: 11, day: 24 }, 'gregorian')).toBe(0);
    expect(toJulianDayNumber(date('1858-11-17'), 'gregorian')).toBe(2400001); // MJD 0 begins at its midnight
  });

  it('round-trips every day across ten thousand years in both calendars', () => {
    const first = toJulianDayNumber({ year: -3000, month: 1, day: 1 }, 'julian');
    for (let jdn = first; jdn < first + 3_660_000; jdn += 331) {
      for (const calendar of ['julian', 'gregorian'] as const) {
        expect(toJulianDayNumber(fromJulianDayNumber(jdn, calendar), calendar)).toBe(jdn);
      }
    }
  });

  it('knows the leap years of each calendar', () => {
    expect(daysInMonth(1900, 2, 'julian')).toBe(29);
    expect(daysInMonth(1900, 2, 'gregorian')).toBe(28);
    expect(daysInMonth(2000, 2, 'gregorian')).toBe(29);
    expect(daysInMonth(1918, 4, 'gregorian')).toBe(30);
  });

  it('refuses days a calendar does not have', () => {
    expect(() => gregorianToJulian(date('1900-02-29'))).toThrow(RangeError);
    expect(() => julianToGregorian(date('1918-02-30'))).toThrow(RangeError);
    expect(() => julianToGregorian({ year: 1918, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => julianToGregorian({ year: 1918, month: 1, day: 0 })).toThrow(RangeError);
    expect(() => julianToGregorian({ year: 1918, month: 1.5, day: 1 })).toThrow(RangeError);
    expect(() => fromJulianDayNumber(Number.NaN, 'julian')).toThrow(RangeError);
  });
});

describe('isOldStyleDate', () => {
  it('holds for every day before 14 February 1918 and no day after', () => {
    expect(NEW_STYLE_FROM).toEqual(date('1918-02-14'));
    expect(isOldStyleDate(date('1918-02-13'))).toBe(true);
    expect(isOldStyleDate(date('1917-11-07'))).toBe(true);
    expect(isOldStyleDate(date('1918-02-14'))).toBe(false);
    expect(isOldStyleDate(date('1918-11-25'))).toBe(false);
  });
});
