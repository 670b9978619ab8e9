import { z } from 'zod';
import { LanguageTag, RegionKind, RegionStatus, ScriptCode, Shape, TextDirection } from '../../../shared/domain/annotations';
import { Collection, SealFields } from '../../../shared/domain/catalog';
import { DocumentKind } from '../../../shared/domain/document';
import { RegionId, SealId } from '../../../shared/domain/ids';
import { Metadata } from '../../../shared/domain/metadata';

const FileName = z.string().regex(/^[\w.-]+$/, 'a file name inside the demo folder');

/** resources/demo/manifest.json: what scripts/make-demo.ts wrote, and how an archivist describes it. */
export const DemoManifest = z.object({
  /** Nested shelves, parents before children. */
  collections: z.array(Collection).default([]),
  seals: z
    .array(
      SealFields.omit({ image: true }).extend({
        id: SealId,
        /** The demo file showing the seal alone, and its page (0-based). */
        image: z.object({ file: FileName, page: z.number().int().nonnegative() }).optional(),
      }),
    )
    .default([]),
  documents: z
    .array(
      z.object({
        file: FileName,
        title: z.string().min(1),
        kind: DocumentKind,
        metadata: Metadata,
        tags: z.array(z.string()),
        collections: z.array(Collection.shape.id).default([]),
        /** Finished work shipped with the demo: regions in the page's reference pixels. */
        regions: z
          .array(
            z.object({
              id: RegionId,
              page: z.number().int().nonnegative(),
              shape: Shape,
              kind: RegionKind,
              text: z.string().default(''),
              language: LanguageTag.optional(),
              script: ScriptCode.optional(),
              direction: TextDirection.optional(),
              status: RegionStatus.default('done'),
              sealId: SealId.optional(),
            }),
          )
          .default([]),
      }),
    )
    .min(1),
});
export type DemoManifest = z.infer<typeof DemoManifest>;
