import type { LatinScheme } from '../../../../shared/text/latin';

/**
 * Letters only Wikipedia's Kazakh Latin writes (у w, и ï, й ý, х x, ч ç, э é, ъ ʺ, ь ʹ); the
 * 2021 alphabet has none of them.
 */
const WIKIPEDIA_ONLY = /[wxïýçéʺʹ]/iu;

/** Which Latin spelling a Kazakh text was typed in: Wikipedia's if it shows, else the state's 2021 alphabet. */
export const guessLatinScheme = (text: string): LatinScheme => (WIKIPEDIA_ONLY.test(text) ? 'wikipedia' : 'official-2021');
