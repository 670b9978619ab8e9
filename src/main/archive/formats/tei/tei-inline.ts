import type { Entity, EntityType } from '../../../../shared/domain/annotations';
import { z } from 'zod';
import { el, type XmlNode } from '../exchange/xml-text';

/** A line break inside a region's text: a `<lb facs="#zone"/>` at a UTF-16 offset. */
export interface LineBreak {
  at: number;
  zone: string;
}

interface Span {
  entity: Entity;
  inner: Span[];
}

const ELEMENT: Readonly<Record<EntityType, string>> = { person: 'persName', place: 'placeName', organisation: 'orgName', date: 'date' };

const isUri = (text: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(text);
/** What TEI's @when takes (a subset of its W3C forms): a year, a year and month, or a real date. */
const isW3cDate = (text: string) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text) || z.iso.date().safeParse(text).success;

/**
 * Names point at an authority by @ref when the identifier is a URI; a bare code (Q42) or,
 * lacking one, the catalogue's spelling goes in @key. A date's normal form goes in @when when
 * it is one TEI reads; TEI gives dates no @ref or @key.
 */
function entityAttrs(entity: Entity) {
  const { identifier, normalized } = entity;
  if (entity.type === 'date') return { when: normalized !== undefined && isW3cDate(normalized) ? normalized : undefined };
  const ref = identifier !== undefined && isUri(identifier) ? identifier : undefined;
  return { ref, key: ref === undefined ? (identifier ?? normalized) : normalized };
}

/**
 * Entities as a tree of nested spans. XML elements must nest, so an entity that crosses the end
 * of one it starts inside (an overlap, not a containment) cannot be written as an element; it
 * is left out rather than cut in two, which would make one name look like two. Spans that do
 * not fit the text are left out too. Ties: longer first, then by id, so the output is stable.
 */
function nest(entities: readonly Entity[], length: number): Span[] {
  const sorted = entities
    .filter((e) => e.start >= 0 && e.end <= length && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const roots: Span[] = [];
  const open: Span[] = [];
  for (const entity of sorted) {
    while (open.length > 0 && (open.at(-1)?.entity.end ?? 0) <= entity.start) open.pop();
    const parent = open.at(-1);
    if (parent && entity.end > parent.entity.end) continue;
    const span: Span = { entity, inner: [] };
    (parent ? parent.inner : roots).push(span);
    open.push(span);
  }
  return roots;
}

const inside = (at: number, span: Span) => span.entity.start < at && at < span.entity.end;

/** Text from..to with its spans as elements and its breaks as <lb/>; a break at a span's edge stays outside it. */
function mixed(text: string, from: number, to: number, spans: readonly Span[], breaks: readonly LineBreak[]): XmlNode[] {
  type Step = { at: number; span: Span } | { at: number; lb: LineBreak };
  const steps: Step[] = [
    ...breaks.filter((lb) => !spans.some((span) => inside(lb.at, span))).map((lb) => ({ at: lb.at, lb })),
    ...spans.map((span) => ({ at: span.entity.start, span })),
  ].sort((a, b) => a.at - b.at || ('lb' in a ? 0 : 1) - ('lb' in b ? 0 : 1));
  const nodes: XmlNode[] = [];
  let at = from;
  for (const step of steps) {
    nodes.push(text.slice(at, step.at));
    if ('lb' in step) {
      nodes.push(el('lb', { facs: `#${step.lb.zone}` }));
      at = step.at;
    } else {
      const { entity, inner } = step.span;
      const within = breaks.filter((lb) => inside(lb.at, step.span));
      nodes.push(el(ELEMENT[entity.type], entityAttrs(entity), mixed(text, entity.start, entity.end, inner, within)));
      at = entity.end;
    }
  }
  nodes.push(text.slice(at, to));
  return nodes.filter((node) => node !== '');
}

/** A region's text as TEI mixed content: entities as persName/placeName/orgName/date, line starts as <lb/>. */
export const inlineText = (text: string, entities: readonly Entity[], breaks: readonly LineBreak[]): XmlNode[] =>
  mixed(text, 0, text.length, nest(entities, text.length), breaks);
