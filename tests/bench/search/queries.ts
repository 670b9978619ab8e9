import { cyrillicToLatin } from '../../../src/shared/text/latin';
import { tokenize } from '../../../src/shared/text/normalize';
import { cyrillicToToteJazu } from '../../../src/shared/text/tote-jazu';
import { random, seedText } from '../kazakh-corpus';

export const QUERIES_PER_KIND = 300;

export type QueryKind = 'word' | 'prefix' | 'latin' | 'tote';

/** One query for both engines: FTS5 gets the Cyrillic word for every kind, as it cannot transliterate. */
export interface BenchQuery {
  ours: string;
  fts5: string;
}

/** FTS5 phrase syntax: the word quoted, so punctuation or a keyword (AND, NEAR) is just text. */
const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;

/**
 * 300 queries of each kind from distinct Cyrillic words of the seed (five letters or more, so a
 * prefix of three or four letters is shorter than the word): the word itself, its first 3–4
 * letters, and the same word in the official 2021 Latin alphabet and in *төте жазу*.
 */
export function benchQueries(): Record<QueryKind, BenchQuery[]> {
  const words = [...new Set(tokenize(seedText()).map((t) => t.text.toLowerCase()))].filter((w) => /^\p{Script=Cyrillic}{5,}$/u.test(w));
  const next = random(1920);
  const picked = Array.from({ length: QUERIES_PER_KIND }, () => words[Math.floor(next() * words.length)] ?? 'алаш');
  return {
    word: picked.map((w) => ({ ours: w, fts5: quoted(w) })),
    prefix: picked.map((w) => {
      const prefix = w.slice(0, next() < 0.5 ? 3 : 4);
      return { ours: prefix, fts5: `${quoted(prefix)}*` };
    }),
    latin: picked.map((w) => ({ ours: cyrillicToLatin(w, 'official-2021'), fts5: quoted(w) })),
    tote: picked.map((w) => ({ ours: cyrillicToToteJazu(w), fts5: quoted(w) })),
  };
}
