import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../src/shared/text/word-scan';
import { tokenize } from '../../../src/shared/text/normalize';
import { corpusFile } from '../../support/corpus';
import { random, seedText } from '../../bench/kazakh-corpus';

/** What a word is, as a regular expression: the scan must find exactly its matches. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\u00AD\u200C\u2060]|\u200D)[\p{L}\p{M}\p{N}]+)*/gu;

const byPattern = (text: string) => Array.from(text.matchAll(WORD), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));

/** Letters of the three scripts, marks, digits, joiners, punctuation, astral letters and an emoji, lone surrogates. */
const ALPHABET = Array.from("аәбғқңөұүһіАӘҚaäğıñşūüIİQابتجحدرسشعغفقكگلمنوۇۋىيەٴءۆ\u064E\u0301" + "0179٣۴'’\u00AD\u200C\u200D\u2060 \n\t-–.,«»!?()\u{1D400}\u{20000}😀").concat(['\uD800', '\uDC00']);

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)] ?? ' ';
  return text;
}

describe('words, as the scan finds them', () => {
  it('finds what the pattern finds in random text of every kind of character', () => {
    const next = random(2026);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(next, Math.floor(next() * 40));
      expect(tokenize(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });

  it('finds what the pattern finds in the seed text and in the Kazakh and neighbouring samples', () => {
    const dir = corpusFile('text-samples/googlefonts-lang');
    const texts = [seedText(), ...readdirSync(dir).filter((file) => file.endsWith('.textproto')).map((file) => readFileSync(`${dir}/${file}`, 'utf8'))];
    for (const text of texts) expect(tokenize(text)).toEqual(byPattern(text));
  });

  it('keeps apostrophes and joiners inside a word, and splits at hyphens', () => {
    expect(tokenize("s'ol қазақ-қырғыз ма\u00ADқала don't' 'x").map((token) => token.text)).toEqual(["s'ol", 'қазақ', 'қырғыз', 'ма\u00ADқала', "don't", 'x']);
  });

  it('scans a window of the text, cutting a word at either end, and stops when asked', () => {
    const text = 'Алашорда үкіметі Семейде';
    const seen: [string, number][] = [];
    scanWords(text, (word, start) => (seen.push([word, start]), false), 3, 12);
    expect(seen).toEqual([
      ['шорда', 3],
      ['үкі', 9],
    ]);
    const first: string[] = [];
    scanWords(text, (word) => (first.push(word), true));
    expect(first).toEqual(['Алашорда']);
  });
});
