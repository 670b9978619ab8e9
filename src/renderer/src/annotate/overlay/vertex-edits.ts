import type { Point, Region } from '../../../../shared/domain/annotations';
import type { OverlayContext } from './overlay-context';
import { insertVertex, nearestEdge, removeVertex } from './overlay-geometry';
import { NEAR_PX } from './overlay-sizes';

/** Takes one point out of the region's outline (Alt+click or Delete on it); an outline keeps three. */
export function removeRegionVertex(context: OverlayContext, region: Region, index: number, gesture: string): void {
  if (region.shape.type !== 'polygon') return;
  const points = removeVertex(region.shape.points, index);
  if (points) context.props.onShape(region.id, { type: 'polygon', points }, gesture);
  else context.say('minPoints');
}

/** Adds a point to the region's outline on the edge nearest a double-click, when the click was on (near) an edge. */
export function insertRegionVertex(context: OverlayContext, region: Region, at: Point, gesture: string): void {
  if (region.shape.type !== 'polygon') return;
  const edge = nearestEdge(region.shape.points, at);
  if (!edge || edge.distance * context.scale > NEAR_PX) return;
  context.props.onShape(region.id, { type: 'polygon', points: insertVertex(region.shape.points, edge.index, edge.point) }, gesture);
}
