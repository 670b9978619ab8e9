import { describe, expect, it } from 'vitest';
import { runExport } from '../../../src/main/archive/exchange/run-export';
import type { ExportedFile, ExportStep } from '../../../src/main/archive/formats/exchange/export-types';
import { MuragatError } from '../../../src/shared/rpc/errors';

const FILE: ExportedFile = { name: 'doc.txt', mediaType: 'text/plain', content: 'done' };

/** An exporter whose every page takes `pageMs` of solid work, as a page of a large document does. */
function* slowPages(pages: number, pageMs: number, started: { pages: number } = { pages: 0 }): Generator<ExportStep, ExportedFile[], void> {
  for (let done = 1; done <= pages; done++) {
    started.pages = done;
    const until = performance.now() + pageMs;
    while (performance.now() < until);
    yield { done, total: pages };
  }
  return [FILE];
}

const codeOf = async (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: unknown) => (error instanceof MuragatError ? error.code : String(error)));

describe('an export driven page by page', () => {
  it('gives the files, and tells nothing of an export done within a moment', async () => {
    const told: ExportStep[] = [];
    await expect(runExport(slowPages(3, 0), { onProgress: (step) => told.push(step) })).resolves.toEqual([FILE]);
    expect(told).toEqual([]);
  });

  it('lets other work run while a long export goes on, and tells its progress page by page, in order', async () => {
    const told: ExportStep[] = [];
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      await runExport(slowPages(60, 5), { onProgress: (step) => told.push(step) });
    } finally {
      clearInterval(ticker);
    }
    // 300 ms of work in slices of about 20 ms: the event loop ran between them.
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(told.length).toBeGreaterThanOrEqual(2);
    expect(told.every((step) => step.total === 60 && step.done >= 1 && step.done <= 60)).toBe(true);
    expect(told.map((step) => step.done)).toEqual([...told.map((step) => step.done)].sort((a, b) => a - b));
  });

  it('stops between pages when cancelled, with the cancelled error and no files', async () => {
    const controller = new AbortController();
    const started = { pages: 0 };
    const run = runExport(slowPages(200, 5, started), { signal: controller.signal, onProgress: () => controller.abort() });
    expect(await codeOf(run)).toBe('cancelled');
    expect(started.pages).toBeGreaterThan(0);
    expect(started.pages).toBeLessThan(200);
  });

  it('does not start an export cancelled before it began', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = { pages: 0 };
    expect(await codeOf(runExport(slowPages(5, 0, started), { signal: controller.signal }))).toBe('cancelled');
    expect(started.pages).toBe(0);
  });
});
