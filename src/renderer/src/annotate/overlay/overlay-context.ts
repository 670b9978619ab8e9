import type { RefObject } from 'react';
import type { Region } from '../../../../shared/domain/annotations';
import type { OverlayMessage } from './drawn-shape';
import type { RegionOverlayProps } from './overlay-types';
import type { PreviewStore } from './preview-store';

/** What the overlay's pointer and key handlers share: this render's props and the overlay's elements. */
export interface OverlayContext {
  props: RegionOverlayProps;
  svg: RefObject<SVGSVGElement | null>;
  /** The layer in grid coordinates: the pointer is mapped through its transform. */
  layer: RefObject<SVGGElement | null>;
  /** Screen pixels per grid pixel. */
  scale: number;
  /** The selected region when it is on this page. */
  selectedRegion: Region | null;
  store: PreviewStore;
  /** Shows a message in the reader's language. */
  say(message: OverlayMessage): void;
}

/** Gives the overlay the keyboard, without scrolling the page to it. */
export function focusOverlay(context: OverlayContext): void {
  context.svg.current?.focus({ preventScroll: true });
}
