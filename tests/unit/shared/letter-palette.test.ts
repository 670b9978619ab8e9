import { describe, expect, it } from 'vitest';
import { letterForKey, PALETTE_LETTERS, paletteScript, shortcutKeys } from '../../../src/shared/text/letter-palette';
import { ARABIC_PUNCTUATION, ARABIC_TO_CYRILLIC, FRONT_MARKS, HAMZA_LETTERS } from '../../../src/shared/text/tote-jazu-letters';

const codePoint = (char: string) => char.codePointAt(0) ?? 0;

describe('the letter palette', () => {
  it('holds single code points from the Cyrillic and Arabic blocks, named as Unicode names them', () => {
    for (const letter of PALETTE_LETTERS) {
      expect(String.fromCodePoint(codePoint(letter.char)), letter.name).toBe(letter.char);
      const [from, to, prefix] = letter.script === 'Cyrl' ? [0x0400, 0x04ff, 'CYRILLIC SMALL LETTER '] : [0x0600, 0x06ff, 'ARABIC '];
      expect(codePoint(letter.char), letter.name).toBeGreaterThanOrEqual(from);
      expect(codePoint(letter.char), letter.name).toBeLessThanOrEqual(to);
      expect(letter.name.startsWith(prefix), letter.name).toBe(true);
    }
    expect(PALETTE_LETTERS.find((l) => l.char === 'ڭ')?.name).toBe('ARABIC LETTER NG');
    expect(PALETTE_LETTERS.find((l) => l.char === 'ә')?.name).toBe('CYRILLIC SMALL LETTER SCHWA');
  });

  it('offers the nine Kazakh Cyrillic letters, each with its capital', () => {
    const cyrillic = PALETTE_LETTERS.filter((l) => l.script === 'Cyrl');
    expect(cyrillic.map((l) => l.char).join('')).toBe('әғқңөұүһі');
    for (const letter of cyrillic) expect(letter.upper).toBe(letter.char.toUpperCase());
  });

  it('offers only Arabic-script letters the tote-jazu reader understands, so palette text reads back into Cyrillic', () => {
    for (const letter of PALETTE_LETTERS.filter((l) => l.script === 'Arab')) {
      const known = letter.char in ARABIC_TO_CYRILLIC || letter.char in HAMZA_LETTERS || FRONT_MARKS.has(letter.char) || letter.char in ARABIC_PUNCTUATION;
      expect(known, `${letter.char} ${letter.name}`).toBe(true);
    }
  });

  it('gives each shortcut (key and Shift) to one letter per script', () => {
    for (const script of ['Cyrl', 'Arab'] as const) {
      const taken = new Map<string, string>();
      for (const letter of PALETTE_LETTERS.filter((l) => l.script === script)) {
        for (const code of letter.codes) {
          const shortcut = `${code}${letter.shift ? '+Shift' : ''}`;
          expect(taken.get(shortcut), `${script} ${shortcut}`).toBeUndefined();
          taken.set(shortcut, letter.char);
        }
      }
    }
  });

  it('types Kazakh Cyrillic letters with Alt and a Latin key, capitals with Shift, in a region not in Arabic script', () => {
    const typed = ['KeyA', 'KeyG', 'KeyQ', 'KeyN', 'KeyO', 'KeyU', 'KeyY', 'KeyH', 'KeyI'].map((code) => letterForKey(code, false, 'Cyrl'));
    expect(typed.join('')).toBe('әғқңөұүһі');
    expect(letterForKey('KeyN', true, 'Cyrl')).toBe('Ң');
    expect(letterForKey('KeyI', true, undefined)).toBe('І');
    expect(letterForKey('KeyA', false, 'Latn')).toBe('ә');
  });

  it('types the Arabic counterparts with the same keys in an Arabic-script region', () => {
    expect(letterForKey('KeyN', false, 'Arab')).toBe('\u06AD'); // ڭ
    expect(letterForKey('KeyU', false, 'Arab')).toBe('\u06C7'); // ۇ
    expect(letterForKey('KeyW', false, 'Arab')).toBe('\u06CB'); // ۋ
    expect(letterForKey('KeyV', false, 'Arab')).toBe('\u06CB');
    expect(letterForKey('KeyE', false, 'Arab')).toBe('\u06D5'); // ە
    expect(letterForKey('KeyY', false, 'Arab')).toBe('\u0649'); // ى
    expect(letterForKey('Quote', false, 'Arab')).toBe('\u0674'); // ٴ
    // Arabic has no capitals: Shift gives a neighbouring letter, or nothing.
    expect(letterForKey('KeyG', false, 'Arab')).toBe('\u06AF'); // گ
    expect(letterForKey('KeyG', true, 'Arab')).toBe('\u0639'); // ع
    expect(letterForKey('Slash', true, 'Arab')).toBe('\u061F'); // ؟
    expect(letterForKey('KeyN', true, 'Arab')).toBeNull();
  });

  it('leaves other keys alone', () => {
    expect(letterForKey('KeyZ', false, 'Cyrl')).toBeNull();
    expect(letterForKey('Digit1', false, 'Arab')).toBeNull();
    expect(letterForKey('KeyW', false, 'Cyrl')).toBeNull();
    expect(letterForKey('Quote', false, 'Cyrl')).toBeNull();
  });

  it('names the script group and the shortcut of each letter', () => {
    expect(paletteScript('Arab')).toBe('Arab');
    expect(paletteScript(undefined)).toBe('Cyrl');
    const find = (char: string) => PALETTE_LETTERS.find((l) => l.char === char);
    const ain = find('\u0639');
    const ng = find('ң');
    const oe = find('\u06C6');
    if (!ain || !ng || !oe) throw new Error('letters missing');
    expect(shortcutKeys(ng)).toEqual(['Alt', 'N']);
    expect(shortcutKeys(ain)).toEqual(['Alt', 'Shift', 'G']);
    expect(shortcutKeys(oe)).toBeNull();
  });
});
