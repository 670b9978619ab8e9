import { childElements, childNamed, numberAttr, type XmlElement } from '../exchange/read-xml';

const REFS = new Set(['RegionRefIndexed', 'RegionRef']);
const GROUPS = new Set(['OrderedGroup', 'UnorderedGroup', 'OrderedGroupIndexed', 'UnorderedGroupIndexed']);

/** A group's members in reading order: an ordered group's by @index, an unordered one's as written. */
function members(group: XmlElement): XmlElement[] {
  const listed = childElements(group).filter((el) => el.ns === group.ns && (REFS.has(el.name) || GROUPS.has(el.name)));
  if (!group.name.startsWith('OrderedGroup')) return listed;
  return listed
    .map((el, at) => ({ el, index: numberAttr(el, 'index') ?? Infinity, at }))
    .sort((a, b) => a.index - b.index || a.at - b.at)
    .map(({ el }) => el);
}

/** The region ids of a Page's ReadingOrder, flattened through nested groups (a group's own region first). */
export function readPageOrder(page: XmlElement): string[] {
  const ids: string[] = [];
  const walk = (el: XmlElement) => {
    const ref = el.attrs.get('regionRef');
    if (ref !== undefined) ids.push(ref);
    if (GROUPS.has(el.name)) members(el).forEach(walk);
  };
  const order = childNamed(page, 'ReadingOrder');
  if (order) childElements(order).filter((el) => el.ns === order.ns && GROUPS.has(el.name)).forEach(walk);
  return ids;
}
