/**
 * `npm run bench`: prints a table of figures, each against a baseline measured in the same run.
 * `npm run bench -- --json PATH` also writes them as JSON, one entry per figure. It builds the
 * app first: the viewer figures run the built CLI, server and renderer in Chromium.
 */
import { parseArgs } from 'node:util';
import { printTable, writeJson, type Figure } from './report';
import { annotationSaveFigures } from './annotation-bench';
import { importFigures } from './import-bench';
import { regionPageFigures } from './regions/region-page-bench';
import { searchFigures } from './search/search-bench';
import { libraryOpenFigures, shardSaveFigures } from './store-bench';
import { viewerFigures } from './viewer/viewer-bench';

const { values } = parseArgs({ options: { json: { type: 'string' } } });
const figures: Figure[] = [
  ...(await shardSaveFigures()),
  ...(await annotationSaveFigures()),
  ...(await searchFigures()),
  ...(await libraryOpenFigures()),
  ...(await importFigures()),
  ...(await regionPageFigures()),
  ...(await viewerFigures()),
];
process.stdout.write(`${printTable(figures)}\n`);
if (values.json) {
  await writeJson(values.json, figures);
  process.stdout.write(`wrote ${values.json}\n`);
}
