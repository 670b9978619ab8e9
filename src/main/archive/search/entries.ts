import { z } from 'zod';
import { EntityType, RegionKind, RegionStatus, type Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';

/**
 * One entry of the index: a region (`r:<docId>:<regionId>`), a document's description
 * (`d:<docId>`) or a PDF page's text layer (`p:<docId>:<page>`). Ids never hold ':' so the
 * entry's id says where it is. The stored fields are what filters need without reading shards.
 */
export interface IndexEntry {
  id: string;
  text?: string;
  comments?: string;
  entities?: string;
  tags?: string[];
  metadata?: string;
  page?: number;
  kind?: RegionKind;
  status?: RegionStatus;
  entityTypes?: EntityType[];
}

/**
 * A region's texts and a document's, each in the order a hit is shown from them. An entry is
 * indexed by its texts as one text in this same order, where earlier words rank higher: a match
 * in a transcription comes before one in a comment, one in a description before one in tags.
 * A PDF page's entry has its text alone.
 */
export const REGION_FIELDS = ['text', 'entities', 'comments', 'tags'] as const;
export const DOCUMENT_FIELDS = ['metadata', 'tags'] as const;
export type RegionField = (typeof REGION_FIELDS)[number];

/** All of an entry's texts as the one text it is indexed by. */
export const indexedText = (entry: IndexEntry): string =>
  (parseEntryId(entry.id)?.type === 'document' ? DOCUMENT_FIELDS : REGION_FIELDS)
    .map((field) => (field === 'tags' ? (entry.tags ?? []).join(' ') : (entry[field] ?? '')))
    .filter((text) => text !== '')
    .join('\n');

/**
 * What the index keeps of an entry besides its postings: where it is, and what filters need
 * without reading shards. Checked so when a saved index is read.
 */
export const EntryFacts = z
  .object({
    id: z.string(),
    page: z.number().int().nonnegative().optional(),
    kind: RegionKind.optional(),
    status: RegionStatus.optional(),
    tags: z.array(z.string()).optional(),
    entityTypes: z.array(EntityType).optional(),
  })
  .strict();
export type EntryFacts = z.infer<typeof EntryFacts>;

const FACTS = ['page', 'kind', 'status', 'tags', 'entityTypes'] as const satisfies readonly (keyof EntryFacts & keyof IndexEntry)[];

export function entryFacts(entry: IndexEntry): EntryFacts {
  const facts: EntryFacts = { id: entry.id };
  for (const key of FACTS) if (entry[key] !== undefined) Object.assign(facts, { [key]: entry[key] });
  return facts;
}

export type EntryRef = { type: 'region'; docId: string; regionId: string } | { type: 'document'; docId: string } | { type: 'page'; docId: string; page: number };

export const regionEntryId = (docId: string, regionId: string) => `r:${docId}:${regionId}`;
export const documentEntryId = (docId: string) => `d:${docId}`;
export const pageEntryId = (docId: string, page: number) => `p:${docId}:${page}`;

/** Where an entry id points; null for anything else (a damaged index). */
export function parseEntryId(id: string): EntryRef | null {
  const [type, docId, rest] = id.split(':');
  if (docId === undefined || docId === '') return null;
  if (type === 'd' && rest === undefined) return { type: 'document', docId };
  if (type === 'r' && rest) return { type: 'region', docId, regionId: rest };
  if (type === 'p' && rest && /^\d+$/.test(rest)) return { type: 'page', docId, page: Number(rest) };
  return null;
}

/** The text of one field a region is found by: indexed from it, and snippets cut from it. */
export function regionText(region: Region, field: RegionField): string {
  switch (field) {
    case 'text':
      return region.lines.length === 0 ? region.text : [region.text, ...region.lines.map((line) => line.text)].filter((t) => t !== '').join('\n');
    case 'comments':
      return region.comments.map((c) => c.text).join('\n');
    case 'entities':
      return region.entities.map((e) => [region.text.slice(e.start, e.end), e.normalized].filter(Boolean).join(' · ')).join('\n');
    case 'tags':
      return region.tags.join(', ');
  }
}

/** A document's description as one text: what a researcher may remember of it. */
export function documentText(doc: ArchiveDocument): string {
  const { metadata: m } = doc;
  const reference = m.archivalReference;
  return [
    doc.title,
    m.publication,
    m.place,
    m.dateAsPrinted,
    m.isoDate,
    m.issueNumber === undefined ? undefined : `№ ${m.issueNumber}`,
    reference?.repository,
    reference?.fonds,
    reference?.inventory,
    reference?.file,
    reference?.sheets,
    m.rights,
    m.notes,
  ]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join(' · ');
}

export function regionEntry(docId: string, region: Region): IndexEntry {
  return {
    id: regionEntryId(docId, region.id),
    text: regionText(region, 'text'),
    comments: regionText(region, 'comments'),
    entities: regionText(region, 'entities'),
    tags: region.tags,
    page: region.page,
    kind: region.kind,
    status: region.status,
    entityTypes: [...new Set(region.entities.map((e) => e.type))],
  };
}

export const documentEntry = (doc: ArchiveDocument): IndexEntry => ({ id: documentEntryId(doc.id), metadata: documentText(doc), tags: doc.tags });

export const pageEntry = (docId: string, page: number, text: string): IndexEntry => ({ id: pageEntryId(docId, page), text, page });
