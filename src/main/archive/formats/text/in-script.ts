import { cyrillicToLatin, latinToCyrillic } from '../../../../shared/text/latin';
import { cyrillicToToteJazu, toteJazuToCyrillic } from '../../../../shared/text/tote-jazu';
import type { TextScript } from '../exchange/export-types';
import { guessLatinScheme } from './latin-scheme-guess';

/** What is known of a text: the script it was declared in (ISO 15924), and its language. */
export interface TextSource {
  script?: string;
  language?: string;
}

/** The scripts read into Cyrillic before the text is written in the target: every one but the target's own. */
const READ: Readonly<Record<Exclude<TextScript, 'as-typed'>, readonly ('Arab' | 'Latn')[]>> = {
  cyrillic: ['Arab', 'Latn'],
  // Latin already typed stays as typed: which scheme it is in is only a guess, and a trip through Cyrillic could change it.
  'latin-2021': ['Arab'],
  'latin-wikipedia': ['Arab'],
  'tote-jazu': ['Latn'],
};

/**
 * *Төте жазу* and Latin read as Kazakh only in Kazakh text (or text of no stated language): in a
 * Latin-script French title or an Arabic seal inscription they are another language, and
 * reading them would garble it. Cyrillic is written out whatever its language: the Latin and
 * *төте жазу* tables cover the Russian letters too.
 */
const readsAsKazakh = (language: string | undefined): boolean => language === undefined || /^kk(-|$)/iu.test(language);

/** The text in Cyrillic: the scripts `read` names, only the declared script when one is. */
function intoCyrillic(text: string, read: readonly ('Arab' | 'Latn')[], source: TextSource): string {
  if (!readsAsKazakh(source.language)) return text;
  // Each converter changes only words of its own script, so with no declared script every word
  // is read by the script its letters are in.
  const reads = (script: 'Arab' | 'Latn') => read.includes(script) && (source.script === undefined || source.script === script);
  let out = text;
  if (reads('Arab')) out = toteJazuToCyrillic(out);
  if (reads('Latn')) out = latinToCyrillic(out, guessLatinScheme(out));
  return out;
}

/** A text written in the export's script: Cyrillic is the pivot every script is read into and written from. */
export function inScript(text: string, target: TextScript, source: TextSource): string {
  if (target === 'as-typed') return text;
  const cyrillic = intoCyrillic(text, READ[target], source);
  switch (target) {
    case 'cyrillic':
      return cyrillic;
    case 'latin-2021':
      return cyrillicToLatin(cyrillic, 'official-2021');
    case 'latin-wikipedia':
      return cyrillicToLatin(cyrillic, 'wikipedia');
    case 'tote-jazu':
      return cyrillicToToteJazu(cyrillic);
  }
}
