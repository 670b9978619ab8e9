import type { SourceFormat } from '../../../../shared/domain/document';
import type { PageGrid } from '../../formats/page-grid';

/** What the import asks of one file: read its pages and make their previews in the library's cache. */
export interface PrepareInput {
  /** The staged copy inside the library, not the user's file. */
  path: string;
  format: SourceFormat;
  sha256: string;
  libraryRoot: string;
  password?: string;
}

/** A page as the import found it: its grid, and whether it is a PDF page that shows only its scan. */
export interface PreparedPage extends PageGrid {
  scanOnly?: true;
}

export interface PrepareOutput {
  pages: PreparedPage[];
  /** The file is a PDF that opened only with the password: it must be kept for the viewer. */
  passwordNeeded: boolean;
}

/** Reports that a page is ready: 1-based page of pageCount. */
export type PageProgress = (page: number, pageCount: number) => void;
