import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export type Face = 'serif' | 'sans' | 'naskh';
type Style = 'normal' | 'italic';

interface Package {
  name: string;
  /** fontsource splits each face by script; Kazakh letters (ә ғ қ ң ө ұ ү һ) live in cyrillic-ext, digits in latin. */
  subsets: readonly string[];
  weights: readonly Weight[];
  styles: readonly Style[];
}

const WEIGHTS = [400, 700, 900] as const;
export type Weight = (typeof WEIGHTS)[number];

const PACKAGES: Record<Face, Package> = {
  serif: { name: 'noto-serif', subsets: ['cyrillic', 'cyrillic-ext', 'latin'], weights: WEIGHTS, styles: ['normal', 'italic'] },
  sans: { name: 'noto-sans', subsets: ['cyrillic', 'cyrillic-ext', 'latin'], weights: WEIGHTS, styles: ['normal', 'italic'] },
  // Naskh has no italic and stops at bold; its arabic subset holds the Kazakh letters (ٴ ۇ ۋ ڭ ە) and ٠–٩.
  naskh: { name: 'noto-naskh-arabic', subsets: ['arabic'], weights: [400, 700], styles: ['normal'] },
};

function family(face: Face, subset: string): string {
  return `Demo ${face} ${subset}`;
}

/** Registers the Noto faces from node_modules; fails loudly if one is missing, since tofu would ship silently. */
export function registerFonts(repoRoot: string): void {
  for (const [face, pkg] of Object.entries(PACKAGES) as [Face, Package][]) {
    const dir = join(repoRoot, 'node_modules', '@fontsource', pkg.name, 'files');
    for (const subset of pkg.subsets) {
      for (const weight of pkg.weights) {
        for (const style of pkg.styles) {
          const file = join(dir, `${pkg.name}-${subset}-${weight}-${style}.woff2`);
          if (!GlobalFonts.registerFromPath(file, family(face, subset))) throw new Error(`cannot load font ${file}`);
        }
      }
    }
  }
}

/**
 * A CSS font shorthand whose family list covers the face's scripts. Naskh falls back to the serif
 * for what its arabic subset lacks: Latin digits, brackets, dashes, guillemets.
 */
export function font(face: Face, sizePx: number, options: { weight?: Weight; italic?: boolean } = {}): string {
  const faces: Face[] = face === 'naskh' ? ['naskh', 'serif'] : [face];
  const families = faces.flatMap((f) => PACKAGES[f].subsets.map((subset) => `"${family(f, subset)}"`)).join(', ');
  const weight = Math.min(options.weight ?? 400, Math.max(...PACKAGES[face].weights));
  const italic = options.italic === true && PACKAGES[face].styles.includes('italic');
  return `${italic ? 'italic ' : ''}${weight} ${sizePx}px ${families}`;
}
