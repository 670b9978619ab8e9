import type { Shape } from '../../../../shared/domain/annotations';
import { hasType, isObject, listOf, stringOf } from './read-w3c-json';
import { readSvgShape } from './read-w3c-svg';

/** Where a target points: the resource (an image, a canvas) and the part of it selected. */
export type ReadTarget = { source: string; shape: Shape } | { source?: string; why: string };

const WHOLE = 'its target is a whole resource, with no area selected';

/** A media fragment `xywh=[pixel:]x,y,w,h` as a rectangle, or why it is not one. */
function readXywh(fragment: string): Shape | string {
  const match = /(?:^|&)xywh=(pixel:|percent:)?([^&]*)/.exec(fragment);
  if (!match) return `its fragment "${fragment}" selects no area (xywh=…)`;
  if (match[1] === 'percent:') return 'its area is given in percent of an image whose size the annotation does not give';
  const numbers = (match[2] ?? '').split(',').map(Number);
  const [x, y, width, height] = numbers;
  if (numbers.length !== 4 || x === undefined || y === undefined || width === undefined || height === undefined || numbers.some((n) => !Number.isFinite(n))) {
    return `its fragment "xywh=${match[2] ?? ''}" is not four numbers`;
  }
  if (!(width > 0 && height > 0)) return `its area "xywh=${match[2] ?? ''}" has no width or height`;
  return { type: 'rect', x, y, width, height };
}

/** What a selector selects: FragmentSelector (xywh) and SvgSelector are read; the rest select text or time. */
function readSelector(selector: unknown): Shape | string {
  if (typeof selector === 'string') return 'its selector is a link to elsewhere, not in the file';
  if (hasType(selector, 'FragmentSelector')) return readXywh(stringOf(selector.value) ?? '');
  if (hasType(selector, 'SvgSelector')) {
    const svg = stringOf(selector.value);
    return svg === undefined ? 'its SvgSelector is a link to elsewhere, not in the file' : readSvgShape(svg);
  }
  const type = isObject(selector) ? stringOf(selector.type) : undefined;
  return `its selector${type === undefined ? '' : ` (${type})`} selects no area of an image`;
}

/** A resource's address and, after a #, the fragment of it meant. */
function splitFragment(uri: string): { source: string; fragment?: string } {
  const hash = uri.indexOf('#');
  return hash < 0 ? { source: uri } : { source: uri.slice(0, hash), fragment: uri.slice(hash + 1) };
}

/** A resource given by its address: an area only when its address ends in #xywh=. */
function readAddressed(uri: string): ReadTarget {
  const { source, fragment } = splitFragment(uri);
  if (fragment === undefined) return { source, why: WHOLE };
  const shape = readXywh(fragment);
  return typeof shape === 'string' ? { source, why: shape } : { source, shape };
}

/** One target: an address with #xywh=, or a SpecificResource whose selector (the first usable one) picks an area. */
export function readTarget(target: unknown): ReadTarget {
  if (typeof target === 'string') return readAddressed(target);
  if (!isObject(target)) return { why: 'its target is neither an address nor a resource' };
  if (target.source === undefined) {
    const id = stringOf(target.id);
    return id === undefined ? { why: 'its target has no address' } : readAddressed(id);
  }
  const sourceId = typeof target.source === 'string' ? target.source : isObject(target.source) ? stringOf(target.source.id) : undefined;
  if (sourceId === undefined) return { why: 'its target names no source' };
  const { source } = splitFragment(sourceId);
  const reasons: string[] = [];
  for (const selector of listOf(target.selector)) {
    const shape = readSelector(selector);
    if (typeof shape !== 'string') return { source, shape };
    reasons.push(shape);
  }
  return { source, why: reasons[0] ?? WHOLE };
}
