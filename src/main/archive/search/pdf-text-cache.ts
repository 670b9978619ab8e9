import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SourceFile } from '../../../shared/domain/document';
import { writeFileDurably } from '../store/durable-write';
import type { LibraryLayout } from '../store/layout';
import { extractPdfText } from './pdf-text';

const CachedText = z.object({ version: z.literal(1), pages: z.array(z.string()) });

/** Sources whose text stays in memory for snippets: the few a page of hits comes from. */
const KEPT = 8;

/**
 * PDF text layers, read with pdf.js once per file content: kept as search/text/<sha256>.json,
 * so a rebuilt index never opens a PDF again. A read-only library reads the cache but never
 * writes it.
 */
export class PdfTextCache {
  private readonly recent = new Map<string, Promise<string[]>>();

  constructor(
    private readonly layout: LibraryLayout,
    private readonly writable: boolean,
  ) {}

  /** The text of each page of a PDF source; rejects when the file cannot be read. */
  pages(source: SourceFile): Promise<string[]> {
    let pages = this.recent.get(source.sha256);
    if (pages) {
      // Least recently used goes first.
      this.recent.delete(source.sha256);
    } else {
      pages = this.load(source);
      // A failure is not kept: the file may be back next time.
      pages.catch(() => this.recent.delete(source.sha256));
    }
    this.recent.set(source.sha256, pages);
    for (const sha of this.recent.keys()) {
      if (this.recent.size <= KEPT) break;
      this.recent.delete(sha);
    }
    return pages;
  }

  private file(sha256: string): string {
    return join(this.layout.search, 'text', `${sha256}.json`);
  }

  /** The cached pages; undefined when missing or damaged (then made again). */
  private async readCached(sha256: string): Promise<string[] | undefined> {
    try {
      return CachedText.safeParse(JSON.parse(await readFile(this.file(sha256), 'utf8'))).data?.pages;
    } catch {
      return undefined;
    }
  }

  private async load(source: SourceFile): Promise<string[]> {
    const cached = await this.readCached(source.sha256);
    if (cached) return cached;
    const pages = await extractPdfText(this.layout, source);
    if (this.writable) {
      await mkdir(join(this.layout.search, 'text'), { recursive: true });
      await writeFileDurably(this.file(source.sha256), JSON.stringify({ version: 1, pages }));
    }
    return pages;
  }
}
