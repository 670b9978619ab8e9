import { createContext, useContext } from 'react';
import type { GivenFiles } from './import-files';
import type { Outcome } from './import-plan';
import type { ImportProgress } from './run-import';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress | undefined; cancelling: boolean }
  | {
      phase: 'finished';
      outcomes: Outcome[];
      /** Some encrypted PDFs wait for a password (asked in a dialog until given or skipped). */
      askPassword: boolean;
    };

export interface Importer {
  state: ImportState;
  start: (given: GivenFiles) => void;
  cancel: () => void;
  /** Sends the files that wanted a password again, with this one. */
  retry: (password: string) => void;
  /** Leaves the encrypted files unimported; the summary keeps their reason. */
  skipPassword: () => void;
  dismiss: () => void;
}

export const ImportContext = createContext<Importer | null>(null);

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useImporter needs an ImportProvider above it');
  return importer;
}
