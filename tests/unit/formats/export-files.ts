import { expect } from 'vitest';
import type { ExportedFile, ExportOptions, ExportSource, ExportStep, Exporter } from '../../../src/main/archive/formats/exchange/export-types';

/**
 * An exporter's files, its steps run through without pause, after checking the steps count the
 * document's pages one by one (or there are none, for an export that is not page by page).
 */
export function exportFiles(exporter: Exporter, source: ExportSource, options: ExportOptions): ExportedFile[] {
  const steps: ExportStep[] = [];
  const run = exporter(source, options);
  for (;;) {
    const next = run.next();
    if (next.done) {
      const total = source.doc.pages.length;
      if (steps.length > 0) expect(steps).toEqual(Array.from({ length: total }, (_, i) => ({ done: i + 1, total })));
      return next.value;
    }
    steps.push(next.value);
  }
}
