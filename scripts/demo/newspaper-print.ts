import { cyrillicToToteJazu } from '../../src/shared/text/tote-jazu';
import { font } from './fonts';
import type { Direction } from './text-layout';

/** How one script is set: page 1 of the issue is in Cyrillic, page 2 in *төте жазу*. */
export interface Print {
  direction: Direction;
  /** The copy in this script. */
  write(text: string): string;
  bodyFont(size: number): string;
  /** Body size against the Cyrillic body's: Naskh looks smaller at the same size. */
  scale: number;
  /** Line spacing as a multiple of the body size: Naskh's tall and deep letters need more. */
  leading: number;
  /** Where a line's baseline sits below its top, as a multiple of the body size. */
  baseline: number;
  /** Arabic script is not hyphenated. */
  hyphenation: boolean;
  headingFont: string;
  /** A sub-heading's height, its rule's top and its baseline, from the row's top. */
  heading: { height: number; rule: number; baseline: number };
  /** The small italic line at a page break: «continued on page 2», «begun on page 1». */
  noteFont: string;
}

export const CYRILLIC_PRINT: Print = {
  direction: 'ltr',
  write: (text) => text,
  bodyFont: (size) => font('serif', size),
  scale: 1,
  leading: 1.26,
  baseline: 1,
  hyphenation: true,
  headingFont: font('serif', 30, { weight: 700 }),
  heading: { height: 76, rule: 10, baseline: 57 },
  noteFont: font('serif', 22, { italic: true }),
};

export const ARABIC_PRINT: Print = {
  direction: 'rtl',
  write: cyrillicToToteJazu,
  bodyFont: (size) => font('naskh', size),
  scale: 1.15,
  leading: 1.62,
  baseline: 1.1,
  hyphenation: false,
  headingFont: font('naskh', 33, { weight: 700 }),
  heading: { height: 88, rule: 10, baseline: 62 },
  noteFont: font('naskh', 24),
};
