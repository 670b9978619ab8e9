import type { Region, Shape, TextLine } from '../../../../shared/domain/annotations';
import type { Rotation } from '../../../../shared/domain/view';

/** What a press on the page does: pick and edit regions, draw a rectangle or an outline, or draw a region's lines. */
export type OverlayTool = 'select' | 'rect' | 'polygon' | 'line';

export interface RegionOverlayProps {
  /** The page's index. */
  page: number;
  /** The page's reference grid, upright: the pixels regions are stored in. */
  grid: { width: number; height: number };
  /** The page's box on screen in CSS pixels, already turned. */
  box: { width: number; height: number };
  rotation: Rotation;
  /** This page's regions, in reading order. */
  regions: readonly Region[];
  selected: string | null;
  tool: OverlayTool;
  /** When set, regions not in it are drawn faint (e.g. to show only the regions needing work). */
  highlighted?: ReadonlySet<string>;
  onSelect: (id: string | null) => void;
  /** A new region drawn, already cut back to the page and checked. */
  onCreate: (shape: Shape) => void;
  /** A region moved, resized or reshaped; `gesture` stays the same for one drag, so that it is one undo step. */
  onShape: (id: string, shape: Shape, gesture: string) => void;
  /** A region's lines after one was drawn inside it with the line tool. */
  onLines: (id: string, lines: TextLine[], gesture: string) => void;
  onRemove: (id: string) => void;
  /** A translated message for the reader (a shape refused or cut back). */
  onMessage: (message: string) => void;
}
