import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/shared/text/excerpt';

describe('excerpt', () => {
  it('gives a short text whole, on one line', () => {
    expect(excerpt('  Алаш\n  автономиясы  ')).toBe('Алаш автономиясы');
    expect(excerpt(' \n ')).toBe('');
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const text = 'Қазақ газеті 1913 жылы Орынборда шыға бастады, редакторы Ахмет Байтұрсынұлы болды';
    const cut = excerpt(text, 40);
    expect(cut).toBe('Қазақ газеті 1913 жылы Орынборда шыға…');
    expect(cut.length).toBeLessThanOrEqual(41);
  });

  it('cuts inside a first word too long for the line', () => {
    expect(excerpt('ا'.repeat(100), 10)).toBe(`${'ا'.repeat(10)}…`);
  });

  it('looks only at the head of a long text', () => {
    const text = `Алаш ${' '.repeat(500)}Орда`;
    expect(excerpt(text)).toBe('Алаш…');
  });
});
