import type { Handle } from './overlay-geometry';

/** What a press landed on: a grip or a point of the selected region, its body, another region, or the bare page. */
export type OverlayHit =
  | { part: 'handle'; handle: Handle }
  | { part: 'vertex'; index: number }
  | { part: 'body' }
  | { part: 'region'; id: string }
  | { part: 'page' };
