import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Region } from '../../src/shared/domain/annotations';
import type { ArchiveDocument, SourceFormat } from '../../src/shared/domain/document';
import { cyrillicToToteJazu } from '../../src/shared/text/tote-jazu';

/** A library of Kazakh newspaper issues cut from the seed text, shared by the benchmarks that need one. */

export const AUTHOR = 'Айгүл';
const PAGE = { width: 2400, height: 3600 };
const SEED_TEXT = resolve(import.meta.dirname, '../../../shared/seed/alash-autonomy.kk.txt');

/** mulberry32: the same library and the same edits on every run and for both stores. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedText(): string {
  if (!existsSync(SEED_TEXT)) throw new Error(`The benchmarks need ${SEED_TEXT}: clone the project with ../shared beside it.`);
  return readFileSync(SEED_TEXT, 'utf8').replace(/\s+/g, ' ');
}

/** Issue n of «Сарыарқа», four pages of one source: a PDF, or a multi-page scan (no text layer) where only regions hold text. */
export function benchDocument(n: number, format: SourceFormat = 'pdf'): ArchiveDocument {
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return {
    id: `doc-${String(n).padStart(6, '0')}`,
    kind: 'newspaper-issue',
    title: `«Сарыарқа», № ${n}`,
    sources: [{ sha256: n.toString(16).padStart(64, '0'), format, originalName: `saryarka-${n}.${format}`, size: 2_000_000, pageCount: 4 }],
    pages: Array.from({ length: 4 }, (_, p) => ({ source: 0, sourcePage: p + 1, ...PAGE })),
    metadata: { publication: 'Сарыарқа', place: 'Семей', issueNumber: n + 1, isoDate: '1918-01-01', language: 'kk', script: 'Arab' },
    collections: [],
    tags: ['Алаш'],
    importedAt: at,
    updatedAt: at,
  };
}

/**
 * A transcribed block of 200–600 characters cut from the seed text, as a library of these
 * newspapers holds them: about half in the Arabic-script tote jazu of the original, the rest in
 * Cyrillic with a phrase quoted in the original script.
 */
export function benchRegion(seed: string, n: number, next: () => number): Region {
  const length = 200 + Math.floor(next() * 400);
  const start = Math.floor(next() * (seed.length - length));
  const cyrillic = seed.slice(start, start + length).trim();
  const arabic = next() < 0.5;
  const quote = cyrillicToToteJazu(cyrillic.slice(0, 40));
  const text = arabic ? cyrillicToToteJazu(cyrillic) : `${cyrillic} «${quote}»`;
  const at = new Date(Date.UTC(2026, 5, 1)).toISOString();
  const column = n % 4;
  return {
    id: `r-${String(n).padStart(4, '0')}`,
    page: Math.floor(n / 25),
    shape: { type: 'rect', x: 100 + column * 560, y: 100 + (n % 25) * 135, width: 520, height: 120 },
    kind: n % 25 === 0 ? 'heading' : 'text',
    order: n % 25,
    text,
    language: 'kk',
    script: arabic ? 'Arab' : 'Cyrl',
    direction: 'auto',
    lines: [],
    status: next() < 0.5 ? 'done' : 'in-progress',
    tags: next() < 0.2 ? ['Алашорда'] : [],
    entities: [{ id: 'e-0001', type: 'place', start: 0, end: Math.min(6, text.length) }],
    comments: [],
    author: AUTHOR,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}
