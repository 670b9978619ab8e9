import { basename, extname } from 'node:path';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { MuragatError } from '../../../shared/rpc/errors';
import type { ParsedPage } from '../formats/exchange/import-types';
import { pageImageName } from '../formats/exchange/page-image-name';

const stem = (name: string) => basename(name.replaceAll('\\', '/'), extname(name)).toLowerCase();

/** The names a page's image may go by in a file: its own scan's name (a one-page source), or the name our exports give it. */
function namesOf(doc: ArchiveDocument, index: number): string[] {
  const page = doc.pages[index];
  const source = page && doc.sources[page.source];
  const names = [stem(pageImageName(doc, index))];
  if (source && source.pageCount === 1) names.push(stem(source.originalName));
  return names;
}

/**
 * Which page (0-based) a file of one page's annotations goes on: the one asked for; else the
 * one a W3C target names; a document's only page; the page whose image the file names; the one
 * page of the file's pixel size. Anything less certain is refused: the archivist says which.
 */
export function choosePage(doc: ArchiveDocument, parsed: ParsedPage, asked?: number): number {
  const count = doc.pages.length;
  const exists = (n: number) => n >= 0 && n < count;
  if (asked !== undefined) {
    if (!exists(asked)) throw new MuragatError('invalid-argument', `Page ${asked + 1} does not exist: «${doc.title}» has ${count} page(s).`);
    return asked;
  }
  if (parsed.pageIndex !== undefined) {
    if (!exists(parsed.pageIndex)) throw new MuragatError('invalid-argument', `The annotations are for page ${parsed.pageIndex + 1}, and «${doc.title}» has ${count} page(s).`);
    return parsed.pageIndex;
  }
  if (count === 1) return 0;
  if (parsed.imageName !== undefined) {
    const wanted = stem(parsed.imageName);
    const named = doc.pages.map((_, i) => i).filter((i) => namesOf(doc, i).includes(wanted));
    if (named.length === 1 && named[0] !== undefined) return named[0];
  }
  if (parsed.unit === 'pixel' && parsed.width !== undefined && parsed.height !== undefined) {
    const sized = doc.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.width === parsed.width && p.height === parsed.height);
    if (sized.length === 1 && sized[0] !== undefined) return sized[0].i;
  }
  const image = parsed.imageName === undefined ? '' : ` (its image is ${parsed.imageName})`;
  throw new MuragatError('invalid-argument', `Which page of «${doc.title}» the file describes is not clear${image}: name the page.`);
}
