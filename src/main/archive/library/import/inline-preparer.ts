import { MuragatError } from '../../../../shared/rpc/errors';
import { prepareSource } from './prepare-source';
import type { SourcePreparer } from './source-preparer';

/** Prepares files in this thread: for scripts and tests; a cancellation takes effect between pages. */
export function inlinePreparer(): SourcePreparer {
  return {
    prepare: (input, onPage, signal) =>
      prepareSource(input, (page, pageCount) => {
        if (signal.aborted) throw new MuragatError('cancelled', 'the import was cancelled');
        onPage(page, pageCount);
      }),
    close: async () => undefined,
  };
}
