import { describe, expect, it } from 'vitest';
import { formatKazakhDate, KAZAKH_MONTHS } from '../../../src/shared/text/kazakh-months';

describe('Kazakh dates', () => {
  it('names the twelve months', () => {
    expect(KAZAKH_MONTHS).toHaveLength(12);
    expect(KAZAKH_MONTHS[0]).toBe('қаңтар');
    expect(KAZAKH_MONTHS[10]).toBe('қараша');
    expect(KAZAKH_MONTHS[11]).toBe('желтоқсан');
  });

  it('writes a date as the Sarıarqa masthead does', () => {
    expect(formatKazakhDate(1918, 11, 25)).toBe('1918 ж. 25 қараша');
    expect(() => formatKazakhDate(1918, 13, 1)).toThrow(RangeError);
  });
});
