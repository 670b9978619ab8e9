import type { Point, Region, TextLine } from '../../../../shared/domain/annotations';
import type { ArchiveDocument, Page } from '../../../../shared/domain/document';
import type { PageSize } from '../../../../shared/geometry/shape-check';
import { pageImageName } from '../exchange/page-image-name';
import { el, type XmlElement } from '../exchange/xml-text';
import { pageTag, type PageRegions } from '../exchange/reading-order';
import { boxOf, gridPoints, outlinePoints, pointsText } from '../exchange/region-geometry';

/** A region with the ids of its zone and its lines' zones, which the text points at. */
export interface ZonedRegion {
  region: Region;
  zone: string;
  lines: { line: TextLine; zone: string }[];
}

export interface ZonedPage {
  page: Page;
  index: number;
  surface: string;
  regions: ZonedRegion[];
}

/** Gives every page a surface id and every region and line a zone id, unique in the file. */
export function zonePages(pages: readonly PageRegions[], mintId: (base: string) => string): ZonedPage[] {
  return pages.map(({ page, index, regions }) => ({
    page,
    index,
    surface: mintId(`s_${pageTag(index)}`),
    regions: regions.map((region) => ({
      region,
      zone: mintId(`z_${region.id}`),
      lines: region.lines.map((line) => ({ line, zone: mintId(`z_${region.id}_${line.id}`) })),
    })),
  }));
}

/** A zone by its box; a polygon adds @points inside that box, as TEI reads them. */
function zone(id: string, type: string, points: readonly Point[], isPolygon: boolean): XmlElement {
  const box = boxOf(points);
  return el('zone', {
    'xml:id': id,
    type,
    ulx: box.x,
    uly: box.y,
    lrx: box.x + box.width,
    lry: box.y + box.height,
    points: isPolygon ? pointsText(points) : undefined,
  });
}

function regionZones({ region, zone: id, lines }: ZonedRegion, page: PageSize): XmlElement[] {
  return [
    zone(id, region.kind, outlinePoints(region.shape, page), region.shape.type === 'polygon'),
    ...lines.map((line) => zone(line.zone, 'line', gridPoints(line.line.polygon, page), true)),
  ];
}

/** A page's surface in its pixel grid: its image, and a zone per region and per line (the facsimile holds one per page). */
export function surface(doc: ArchiveDocument, { page, index, surface: id, regions }: ZonedPage): XmlElement {
  return el('surface', { 'xml:id': id, n: index + 1, ulx: 0, uly: 0, lrx: page.width, lry: page.height }, [
    el('graphic', { url: pageImageName(doc, index), width: `${String(page.width)}px`, height: `${String(page.height)}px` }),
    ...regions.flatMap((region) => regionZones(region, page)),
  ]);
}
