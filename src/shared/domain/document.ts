import { z } from 'zod';
import { CollectionId, DocId, Sha256, Timestamp } from './ids';
import { Metadata } from './metadata';

export const DocumentKind = z.enum(['newspaper-issue', 'document', 'seal', 'photograph']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const SourceFormat = z.enum(['pdf', 'jpeg', 'png', 'webp', 'tiff']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** A managed copy of an imported file, stored as files/<sha[0..2]>/<sha>.<format>. */
export const SourceFile = z.object({
  sha256: Sha256,
  format: SourceFormat,
  /** The file's name when it was imported, for display and citations only. */
  originalName: z.string().max(1000),
  size: z.number().int().nonnegative(),
  pageCount: z.number().int().positive(),
  /** An encrypted PDF's password, kept so the viewer can open it. */
  password: z.string().max(1000).optional(),
});
export type SourceFile = z.infer<typeof SourceFile>;

/**
 * How a page's reference grid was chosen (DESIGN.md, Coordinates): an image file's own pixels;
 * for a PDF page that is one full-page scan, that scan's pixels; otherwise the page at 300 dpi.
 */
export const PageGrid = z.enum(['image', 'pdf-scan', 'pdf-300dpi']);
export type PageGrid = z.infer<typeof PageGrid>;

/**
 * One page and its reference pixel grid: regions are stored in these pixels.
 * `sourcePage` is 1-based within its source (the PDF page number or TIFF directory + 1).
 */
export const Page = z.object({
  source: z.number().int().nonnegative(),
  sourcePage: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  grid: PageGrid.optional(),
  label: z.string().max(100).optional(),
  /**
   * A PDF page that paints its one full-page scan and nothing else one can see (OCR text may lie
   * invisible under it): its preview, made from the scan, is the page itself at that size.
   */
  scanOnly: z.literal(true).optional(),
});
export type Page = z.infer<typeof Page>;

export const ArchiveDocument = z.object({
  id: DocId,
  kind: DocumentKind,
  title: z.string().min(1).max(1000),
  sources: z.array(SourceFile).min(1),
  pages: z.array(Page).min(1),
  metadata: Metadata,
  collections: z.array(CollectionId),
  tags: z.array(z.string().min(1).max(100)),
  importedAt: Timestamp,
  updatedAt: Timestamp,
  /** Set while the document is in the trash; emptying the trash removes it for good. */
  deletedAt: Timestamp.optional(),
});
export type ArchiveDocument = z.infer<typeof ArchiveDocument>;
