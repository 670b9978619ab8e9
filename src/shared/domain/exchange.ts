import { z } from 'zod';

/** The formats a document exports to (issue 7): each names an exporter in the engine. */
export const ExportFormat = z.enum(['w3c', 'iiif', 'page', 'alto', 'tei', 'txt', 'csv', 'citations']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** How a plain-text export writes the transcriptions: as typed, or read into one script. */
export const TextScript = z.enum(['as-typed', 'cyrillic', 'latin-2021', 'latin-wikipedia', 'tote-jazu']);
export type TextScript = z.infer<typeof TextScript>;

/** IIIF requires http(s) ids; a base names where the exported ids would live. */
export const BaseUri = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http or https address without a query, e.g. https://archive.example.org/muragat')
  .transform((uri) => uri.replace(/\/+$/, ''));

/** A file name an export or bundle is saved under: a plain name, never a path. */
export const ExportFileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|]+$/, 'must be a file name, not a path')
  // Control characters: no file system wants them in a name.
  .refine((name) => !Array.from(name).some((ch) => (ch.codePointAt(0) ?? 0) < 0x20), 'must be a file name, not a path')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name, not a path');

export const ExportedFile = z.object({ name: ExportFileName, mediaType: z.string().max(200), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/**
 * Why something a file held was not taken, as a kind the UI says in the reader's language:
 * layout (rules, noise), no usable outline, outside the page, nothing Muragat has a place for,
 * on another page or file, refused by the archive's own schema.
 */
export const SkipReason = z.enum(['layout', 'no-coordinates', 'outside-page', 'not-supported', 'elsewhere', 'invalid']);
export type SkipReason = z.infer<typeof SkipReason>;

/** Something a file held that an import did not take: what the file calls it, the kind of reason, and the reason in full (English, for scripts and the curious). */
export const SkipNote = z.object({ what: z.string().max(1000), reason: SkipReason, why: z.string().max(2000) });
export type SkipNote = z.infer<typeof SkipNote>;

/**
 * How a file was fitted to a page, as a kind the UI says in the reader's language with its
 * count (or scale factor) and the first few names; `text` says it all in English.
 */
export const FitNote = z.object({
  kind: z.enum(['scaled', 'clamped', 'boxed', 'lines-clamped', 'short-lines', 'values-dropped']),
  count: z.number().int().nonnegative(),
  /** 'scaled': the factor from the file's units to the page's pixels. */
  factor: z.number().positive().optional(),
  names: z.array(z.string()),
  text: z.string(),
});
export type FitNote = z.infer<typeof FitNote>;

export const AnnotationFormat = z.enum(['page-xml', 'alto', 'w3c']);
export type AnnotationFormat = z.infer<typeof AnnotationFormat>;

/** What an import of annotations did, page by page: the regions added, what was left out and why. */
export const AnnotationImportReport = z.object({
  format: AnnotationFormat,
  pages: z.array(
    z.object({
      page: z.number().int().nonnegative(),
      added: z.array(z.string()),
      /** Regions already on the page with the same outline and text: importing a file twice adds nothing. */
      alreadyThere: z.number().int().nonnegative(),
      skipped: z.array(SkipNote),
      /** How the file was fitted to the page (scaled from its unit, coordinates clamped). */
      notes: z.array(FitNote),
    }),
  ),
});
export type AnnotationImportReport = z.infer<typeof AnnotationImportReport>;
