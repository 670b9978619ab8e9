import { describe, expect, it } from 'vitest';
import { jsonWithWrittenList, writtenItems } from '../../../src/main/archive/formats/exchange/json-written';
import { el, writtenAt, xmlDocument } from '../../../src/main/archive/formats/exchange/xml-text';

/** Long exports write each page's part as they go: the file must be what writing it whole gives. */
describe('parts of a file written ahead', () => {
  const items = [{ id: 'a', body: { value: 'Алаш "ордасы"\n' } }, { id: 'b', list: [1, [2, 3]], empty: {} }, 'қазақ', 7];
  const build = (list: readonly unknown[]) => ({ label: { kk: ['«Сарыарқа»'] }, first: { items: list, total: 4 }, after: [] });

  it('JSON: the same text as JSON.stringify of the whole, for a list at any depth and for an empty one', () => {
    expect(jsonWithWrittenList(build, [writtenItems(items.slice(0, 2), 3), writtenItems([], 3), writtenItems(items.slice(2), 3)], 3)).toBe(JSON.stringify(build(items), null, 2));
    const top = (list: readonly unknown[]) => ({ items: list });
    expect(jsonWithWrittenList(top, [writtenItems(items, 2)], 2)).toBe(JSON.stringify(top(items), null, 2));
    expect(jsonWithWrittenList(build, [], 3)).toBe(JSON.stringify(build([]), null, 2));
  });

  it('JSON: refuses items written for another depth, rather than writing a crooked file', () => {
    expect(() => jsonWithWrittenList(build, [writtenItems(items, 2)], 2)).toThrow(/not 2 levels deep/);
  });

  it('JSON: a value that looks like the list marker is only a value', () => {
    const tricky = (list: readonly unknown[]) => ({ note: 'list-00000000-0000-0000-0000-000000000000', items: list });
    expect(jsonWithWrittenList(tricky, [writtenItems(items, 2)], 2)).toBe(JSON.stringify(tricky(items), null, 2));
  });

  it('XML: an element written ahead at its depth reads as the whole document writes it', () => {
    const page = (n: number) => el('div', { n }, [el('p', {}, ['Алаш & <ордасы>']), el('pb', { n })]);
    const whole = el('TEI', {}, [el('text', {}, [el('body', {}, [page(1), page(2)])])]);
    const ahead = el('TEI', {}, [el('text', {}, [el('body', {}, [writtenAt(page(1), 3), writtenAt(page(2), 3)])])]);
    expect(xmlDocument(ahead)).toBe(xmlDocument(whole));
  });
});
