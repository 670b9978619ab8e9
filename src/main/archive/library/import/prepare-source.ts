import { prepareImage } from './prepare-image';
import { preparePdf } from './prepare-pdf';
import type { PageProgress, PrepareInput, PrepareOutput } from './prepare-types';

/** The heavy part of importing one file, run in the import worker: pages, grids and previews. */
export function prepareSource(input: PrepareInput, onPage: PageProgress): Promise<PrepareOutput> {
  return input.format === 'pdf' ? preparePdf(input, onPage) : prepareImage(input, onPage);
}
