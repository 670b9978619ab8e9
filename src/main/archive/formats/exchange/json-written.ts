import { randomUUID } from 'node:crypto';

/** JSON.stringify(…, null, 2)'s step of indentation. */
const STEP = '  ';

/**
 * Items written now, as JSON.stringify(document, null, 2) writes them in a list `depth` levels
 * deep (one text, '' for none): a long export writes each page's as it goes. Written inside
 * `depth` - 1 lists, so that JSON.stringify indents them itself, then cut out.
 */
export function writtenItems(items: readonly unknown[], depth: number): string {
  if (items.length === 0) return '';
  let nested: unknown = items;
  for (let level = 1; level < depth; level++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  // Cut off the lists' opening lines and their closing ones.
  let start = 0;
  let end = text.length;
  for (let level = 0; level < depth; level++) {
    start = text.indexOf('\n', start) + 1;
    end = text.lastIndexOf('\n', end - 1);
  }
  return text.slice(start, end);
}

/**
 * The document `build` makes around one list, written as JSON.stringify(document, null, 2)
 * would, with the list's items already written in parts (writtenItems, at `depth`): the same
 * text, without writing the whole document in one piece at the end.
 */
export function jsonWithWrittenList(build: (list: readonly unknown[]) => unknown, parts: readonly string[], depth: number): string {
  const written = parts.filter((part) => part !== '');
  if (written.length === 0) return JSON.stringify(build([]), null, 2);
  // A name no value of the document can hold, to find where the list goes.
  const name = `list-${randomUUID()}`;
  const marker = `"${name}"`;
  const text = JSON.stringify(build([name]), null, 2);
  const at = text.indexOf(marker);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (at < 0 || text.slice(lineStart, at) !== STEP.repeat(depth)) throw new Error(`the list is not ${depth} levels deep in the document`);
  return `${text.slice(0, lineStart)}${written.join(',\n')}${text.slice(at + marker.length)}`;
}
