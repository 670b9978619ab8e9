import type { Region, RegionStatus } from '../../../../shared/domain/annotations';

/** Finished work: transcribed, and perhaps checked by a second reader. */
const isDone = (status: RegionStatus): boolean => status === 'done' || status === 'reviewed';

export interface Tally {
  done: number;
  total: number;
}

/** How many regions are done on one page and in the whole document. */
export function tallyProgress(regions: readonly Pick<Region, 'page' | 'status'>[], page: number): { page: Tally; doc: Tally } {
  const tally = { page: { done: 0, total: 0 }, doc: { done: 0, total: regions.length } };
  for (const region of regions) {
    const done = isDone(region.status);
    if (done) tally.doc.done += 1;
    if (region.page !== page) continue;
    tally.page.total += 1;
    if (done) tally.page.done += 1;
  }
  return tally;
}
