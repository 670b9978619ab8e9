import type { Region } from '../../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../../shared/domain/document';
import type { ExportedFile, TextScript } from '../../../../shared/domain/exchange';

/** The exporters' shapes live in the contract's domain, so the renderer and CLI name the same things. */
export type { ExportedFile, TextScript };

/** A document as the exporters read it: its catalogue entry and its regions on every page (any order). */
export interface ExportSource {
  doc: ArchiveDocument;
  regions: readonly Region[];
}

export interface ExportOptions {
  /**
   * Absolute http(s) base under which IIIF and W3C ids are minted (IIIF requires http(s) ids),
   * without a trailing slash, e.g. https://archive.example.org/muragat. Page images are
   * `${baseUri}/documents/${docId}/pages/${pageIndex}` (pageIndex 0-based).
   */
  baseUri: string;
  /** Plain text only. */
  textScript: TextScript;
  /** The app and version written into headers (PAGE Creator, ALTO processing, TEI). */
  generator: string;
  /** When the export was made (PAGE Created/LastChange, TEI date): a parameter, so tests are repeatable. */
  now: Date;
}

/** How far an export has come: the document's pages written so far, of all of them. */
export interface ExportStep {
  done: number;
  total: number;
}

/**
 * An exporter works page by page and yields after each page, so that the engine can report
 * progress, let other calls run between pages and stop a cancelled export (run-export.ts); it
 * returns the files. Exporters stay pure: no clock, no events, no signal.
 */
export type Exporter = (source: ExportSource, options: ExportOptions) => Generator<ExportStep, ExportedFile[], void>;
