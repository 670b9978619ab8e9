import { cyrillicToLatin, latinToCyrillic } from '../../../../shared/text/latin';
import { cyrillicToToteJazu, toteJazuToCyrillic } from '../../../../shared/text/tote-jazu';

/** The readings the editor offers beside a region's text. */
export type ShownScript = 'latin' | 'cyrillic' | 'tote';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The text read in Cyrillic first (from *төте жазу* or the official Latin), the pivot of every reading. */
function inCyrillic(text: string): string {
  if (ARABIC.test(text)) return toteJazuToCyrillic(text);
  if (LATIN.test(text)) return latinToCyrillic(text, 'official-2021');
  return text;
}

/** A region's text shown in another script: the official 2021 Latin, Cyrillic, or *төте жазу*. */
export function transliterate(text: string, to: ShownScript): string {
  const cyrillic = inCyrillic(text);
  if (to === 'cyrillic') return cyrillic;
  if (to === 'latin') return cyrillicToLatin(cyrillic, 'official-2021');
  return cyrillicToToteJazu(cyrillic);
}
