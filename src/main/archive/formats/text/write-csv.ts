import type { Region } from '../../../../shared/domain/annotations';
import { shapeBounds } from '../../../../shared/geometry/shape-check';
import type { Exporter } from '../exchange/export-types';
import { csvList, csvRow } from './csv';
import { pageByPage } from '../exchange/page-by-page';
import { pagesWithRegions } from '../exchange/reading-order';

const COLUMNS = [
  'document',
  'page',
  'order',
  'region_id',
  'kind',
  'status',
  'x',
  'y',
  'width',
  'height',
  'polygon',
  'language',
  'script',
  'direction',
  'text',
  'tags',
  'entities',
  'author',
  'updated',
] as const;

/**
 * A region's row: the page counted from 1 as a reader does, the bounding box in page pixels, a
 * polygon's own points as SVG writes them ("x,y x,y …"; empty for a rectangle, which the box is),
 * entities as type:words.
 */
function row(docId: string, region: Region): (string | number)[] {
  const box = shapeBounds(region.shape);
  const polygon = region.shape.type === 'polygon' ? region.shape.points.map(([x, y]) => `${x},${y}`).join(' ') : '';
  const entities = region.entities.map((entity) => `${entity.type}:${region.text.slice(entity.start, entity.end)}`);
  return [
    docId,
    region.page + 1,
    region.order,
    region.id,
    region.kind,
    region.status,
    box.x,
    box.y,
    box.width,
    box.height,
    polygon,
    region.language ?? '',
    region.script ?? '',
    region.direction,
    region.text,
    csvList(region.tags),
    csvList(entities),
    region.author ?? '',
    region.updatedAt,
  ];
}

/**
 * A document's regions as a table, `<docId>.regions.csv`, one row per region in reading order:
 * RFC 4180 (CRLF, quoted fields), UTF-8 with a byte order mark, without which Excel reads a CSV
 * in the system's ANSI code page and turns ә, ғ, қ, ң, ө, ұ, ү, і and Arabic script to mojibake.
 */
export const exportCsv: Exporter = function* ({ doc, regions }) {
  const pages = yield* pageByPage(pagesWithRegions(doc, regions), (page) => page.regions.map((region) => csvRow(row(doc.id, region))));
  const lines = [csvRow(COLUMNS), ...pages.flat()];
  return [{ name: `${doc.id}.regions.csv`, mediaType: 'text/csv;charset=utf-8', content: `\uFEFF${lines.join('\r\n')}\r\n` }];
};
