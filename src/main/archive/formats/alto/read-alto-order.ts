import { childElements, childNamed, type XmlElement } from '../exchange/read-xml';

const GROUPS = new Set(['OrderedGroup', 'UnorderedGroup']);

/**
 * The element ids ALTO 4's ReadingOrder lists (ElementRef REF, nested groups flattened), as
 * written: ordered and unordered groups alike give their members in the order they are written.
 */
export function readAltoOrder(alto: XmlElement): string[] {
  const ids: string[] = [];
  const walk = (el: XmlElement) => {
    if (el.ns !== alto.ns) return;
    if (el.name === 'ElementRef') ids.push(...(el.attrs.get('REF') ?? '').split(/\s+/).filter((id) => id !== ''));
    if (GROUPS.has(el.name)) childElements(el).forEach(walk);
  };
  const order = childNamed(alto, 'ReadingOrder');
  if (order) childElements(order).forEach(walk);
  return ids;
}
