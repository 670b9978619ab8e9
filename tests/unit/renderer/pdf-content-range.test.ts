import { describe, expect, it } from 'vitest';
import { parseContentRange } from '../../../src/renderer/src/pdf/content-range';

describe('reading a Content-Range answer', () => {
  it('reads the bytes sent and the full length', () => {
    expect(parseContentRange('bytes 0-131071/2600000')).toEqual({ start: 0, end: 131071, length: 2600000 });
    expect(parseContentRange(' bytes 100-100/101 ')).toEqual({ start: 100, end: 100, length: 101 });
  });

  it('refuses what cannot guide range requests', () => {
    expect(parseContentRange(null)).toBeUndefined();
    expect(parseContentRange('')).toBeUndefined();
    expect(parseContentRange('bytes 0-99/*')).toBeUndefined();
    expect(parseContentRange('bytes */1000')).toBeUndefined();
    expect(parseContentRange('bytes 50-10/1000')).toBeUndefined();
    expect(parseContentRange('bytes 0-1000/1000')).toBeUndefined();
    expect(parseContentRange('items 0-9/10')).toBeUndefined();
  });
});
