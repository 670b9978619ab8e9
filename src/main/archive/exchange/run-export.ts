import { setImmediate as nextTurn } from 'node:timers/promises';
import { MuragatError } from '../../../shared/rpc/errors';
import type { ExportedFile, ExportStep } from '../formats/exchange/export-types';

/** Work done between turns of the event loop: saves and page requests wait at most about this long. */
const SLICE_MS = 20;
/** Progress is told at most this often: a reader cannot follow faster, and each report crosses IPC or HTTP. */
const REPORT_MS = 100;

export interface ExportRun {
  signal?: AbortSignal;
  onProgress?: (step: ExportStep) => void;
}

const cancelled = () => new MuragatError('cancelled', 'the export was cancelled');

/**
 * Drives an exporter's pages in slices of about SLICE_MS: between slices the event loop runs
 * (other calls, other windows), progress is told and a cancel stops the export, with nothing
 * written. An export that fits in one slice reports nothing: it is done before a bar would show.
 */
export async function runExport(steps: Generator<ExportStep, ExportedFile[], void>, { signal, onProgress }: ExportRun = {}): Promise<ExportedFile[]> {
  if (signal?.aborted) throw cancelled();
  let sliceStart = performance.now();
  let reportedAt = -Infinity;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const now = performance.now();
    if (now - sliceStart < SLICE_MS) continue;
    if (now - reportedAt >= REPORT_MS) {
      reportedAt = now;
      onProgress?.(step.value);
    }
    await nextTurn();
    if (signal?.aborted) throw cancelled();
    sliceStart = performance.now();
  }
}
