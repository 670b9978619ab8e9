import { z } from 'zod';

/** Quarter turns clockwise, as a reader turns a page that was scanned sideways. */
export const Rotation = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export type Rotation = z.infer<typeof Rotation>;

/**
 * Non-destructive corrections for faded or stained print, applied by the GPU at display time.
 * Neutral values leave the page untouched: brightness, contrast 1; gamma 1; threshold off.
 */
export const Adjustments = z
  .object({
    /** Multiplier, 0.2 (darker) to 3 (brighter). */
    brightness: z.number().min(0.2).max(3),
    /** Multiplier, 0.2 (flatter) to 3 (harder). */
    contrast: z.number().min(0.2).max(3),
    /** Exponent on each channel, 0.2 to 5: above 1 darkens the mid-tones (faint ink grows darker), below 1 lightens them. */
    gamma: z.number().min(0.2).max(5),
    grayscale: z.boolean(),
    invert: z.boolean(),
    /** Black-and-white cut at this lightness (0–1), or null for none. */
    threshold: z.number().min(0).max(1).nullable(),
  })
  .strict();
export type Adjustments = z.infer<typeof Adjustments>;

export const NEUTRAL_ADJUSTMENTS: Adjustments = { brightness: 1, contrast: 1, gamma: 1, grayscale: false, invert: false, threshold: null };

export const ScrollMode = z.enum(['single', 'continuous']);
export type ScrollMode = z.infer<typeof ScrollMode>;

/** How a reader last looked at a document; saved with it, never a change to its files. */
export const ViewSettings = z
  .object({
    rotation: Rotation,
    adjustments: Adjustments,
    mode: ScrollMode,
  })
  .strict();
export type ViewSettings = z.infer<typeof ViewSettings>;

export const DEFAULT_VIEW: ViewSettings = { rotation: 0, adjustments: NEUTRAL_ADJUSTMENTS, mode: 'single' };
