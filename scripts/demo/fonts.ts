import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export type Face = 'serif' | 'sans';
type Style = 'normal' | 'italic';

const PACKAGES: Record<Face, string> = { serif: 'noto-serif', sans: 'noto-sans' };
/** fontsource splits each face by script; Kazakh letters (ә ғ қ ң ө ұ ү һ) live in cyrillic-ext, digits in latin. */
const SUBSETS = ['cyrillic', 'cyrillic-ext', 'latin'] as const;
const WEIGHTS = [400, 700, 900] as const;
export type Weight = (typeof WEIGHTS)[number];
const STYLES: Style[] = ['normal', 'italic'];

function family(face: Face, subset: string): string {
  return `Demo ${face} ${subset}`;
}

/** Registers the Noto faces from node_modules; fails loudly if one is missing, since tofu would ship silently. */
export function registerFonts(repoRoot: string): void {
  for (const face of ['serif', 'sans'] as const) {
    const dir = join(repoRoot, 'node_modules', '@fontsource', PACKAGES[face], 'files');
    for (const subset of SUBSETS) {
      for (const weight of WEIGHTS) {
        for (const style of STYLES) {
          const file = join(dir, `${PACKAGES[face]}-${subset}-${weight}-${style}.woff2`);
          if (!GlobalFonts.registerFromPath(file, family(face, subset))) throw new Error(`cannot load font ${file}`);
        }
      }
    }
  }
}

/** A CSS font shorthand whose family list covers Cyrillic, Kazakh and Latin glyphs. */
export function font(face: Face, sizePx: number, options: { weight?: Weight; italic?: boolean } = {}): string {
  const families = SUBSETS.map((subset) => `"${family(face, subset)}"`).join(', ');
  return `${options.italic ? 'italic ' : ''}${options.weight ?? 400} ${sizePx}px ${families}`;
}
