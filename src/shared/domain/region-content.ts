import type { Region, RegionContent } from './annotations';

/** The fields of a region a revision records, without its identity, times and comments. */
export function contentOf(region: Region): RegionContent {
  const { page, shape, kind, order, text, language, script, direction, lines, status, tags, entities, sealId } = region;
  return {
    page,
    shape,
    kind,
    order,
    text,
    direction,
    lines,
    status,
    tags,
    entities,
    ...(language ? { language } : {}),
    ...(script ? { script } : {}),
    ...(sealId ? { sealId } : {}),
  };
}
