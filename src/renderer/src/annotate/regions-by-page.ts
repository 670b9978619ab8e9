import type { Region } from '../../../shared/domain/annotations';

/** Regions grouped by page, each page's in reading order (the session keeps them sorted). */
export function regionsByPage(regions: readonly Region[]): ReadonlyMap<number, readonly Region[]> {
  const pages = new Map<number, Region[]>();
  for (const region of regions) {
    const list = pages.get(region.page);
    if (list) list.push(region);
    else pages.set(region.page, [region]);
  }
  return pages;
}

/** Draft and in-progress regions still need someone's work; done and reviewed ones do not. */
export const needsWork = (region: Region): boolean => region.status === 'draft' || region.status === 'in-progress';
