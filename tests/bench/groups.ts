import type { Figure } from './report';
import { annotationSaveFigures } from './annotation-bench';
import { exportFigures } from './export-bench';
import { importFigures } from './import-bench';
import { regionPageFigures } from './regions/region-page-bench';
import { searchFigures } from './search/search-bench';
import { libraryOpenFigures, shardSaveFigures } from './store-bench';
import { viewerFigures } from './viewer/viewer-bench';

/** Every group of figures `npm run bench` measures, in the order it prints them. */
export const BENCH_GROUPS: Record<string, () => Promise<Figure[]>> = {
  'shard-save': shardSaveFigures,
  'annotation-save': annotationSaveFigures,
  search: searchFigures,
  'library-open': libraryOpenFigures,
  import: importFigures,
  'region-page': regionPageFigures,
  export: exportFigures,
  viewer: viewerFigures,
};
