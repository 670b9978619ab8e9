import { EXPORTERS } from '../../src/main/archive/exchange/exporters';
import { runExport } from '../../src/main/archive/exchange/run-export';
import type { ExportFormat } from '../../src/shared/domain/exchange';
import type { ExportOptions, ExportSource } from '../../src/main/archive/formats/exchange/export-types';
import { benchDocument, benchRegion, random, seedText } from './kazakh-corpus';
import { figure, type Figure } from './report';

const PAGES = 500;
const REGIONS_PER_PAGE = 25;
const FORMATS: readonly ExportFormat[] = ['alto', 'page', 'tei', 'w3c', 'iiif'];

const OPTIONS: ExportOptions = { baseUri: 'https://archive.example.org/muragat', textScript: 'as-typed', generator: 'Muragat bench', now: new Date(Date.UTC(2026, 0, 1)) };

/** A 500-page issue of the bench's newspaper with 12,500 transcribed regions. */
function bigDocument(): ExportSource {
  const seed = seedText();
  const next = random(1917);
  const doc = benchDocument(0);
  const [page] = doc.pages;
  if (!page) throw new Error('the bench document has no page');
  return {
    doc: { ...doc, pages: Array.from({ length: PAGES }, (_, n) => ({ ...page, sourcePage: n + 1 })) },
    regions: Array.from({ length: PAGES * REGIONS_PER_PAGE }, (_, n) => benchRegion(seed, n, next)),
  };
}

/** How long `run` took, and the longest the event loop waited for a turn meanwhile (a timer asking every millisecond). */
async function timeWithPauses(run: () => Promise<unknown>): Promise<{ total: number; longestPause: number }> {
  let last = performance.now();
  let longestPause = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestPause = Math.max(longestPause, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  last = start;
  try {
    await run();
  } finally {
    clearInterval(ticker);
  }
  const end = performance.now();
  return { total: end - start, longestPause: Math.max(longestPause, end - last) };
}

/**
 * Exporting a 500-page document, page by page in slices (run-export.ts) against the same
 * exporter run in one piece, as exports ran before: how long other calls (saves, page requests,
 * other windows) may wait for the engine meanwhile, and what the slicing costs in total time.
 */
export async function exportFigures(): Promise<Figure[]> {
  const source = bigDocument();
  const what = `${PAGES} pages, ${(PAGES * REGIONS_PER_PAGE).toLocaleString('en')} regions`;
  const baseline = 'the same export in one piece';
  const figures: Figure[] = [];
  for (const format of FORMATS) {
    const exporter = EXPORTERS[format];
    // Once each before timing, so neither is timed while its code is still being compiled.
    await runExport(exporter(source, OPTIONS));
    const whole = await timeWithPauses(async () => {
      const steps = exporter(source, OPTIONS);
      while (!steps.next().done);
    });
    const sliced = await timeWithPauses(() => runExport(exporter(source, OPTIONS)));
    figures.push(
      figure(`export ${format}: longest wait for the event loop (${what})`, 'ms', sliced.longestPause, { name: baseline, value: whole.longestPause }),
      figure(`export ${format}: total time (${what})`, 'ms', sliced.total, { name: baseline, value: whole.total }),
    );
  }
  return figures;
}
