import { RegionKind, type TextDirection } from '../../../../shared/domain/annotations';
import { hasType, isObject, listOf, stringOf, type Json } from './read-w3c-json';

/** What an annotation's bodies give a region, and which of them it does not take. */
export interface ReadBodies {
  text: string;
  language?: string;
  direction: TextDirection;
  tags: string[];
  /** A classifying body naming one of our kinds, as our own export writes it. */
  kind?: RegionKind;
  /** Bodies left out, as the report says them: "a commenting body". */
  leftOut: string[];
}

/** Purposes whose text is what the region says; a body without a purpose or motivation is taken as that too. */
const TEXT_PURPOSES = new Set(['transcribing', 'supplementing']);

/** HTML as plain text: line breaks kept, tags dropped, XML's five entities and character references decoded. */
function plainText(html: string): string {
  const named: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return html
    .replace(/<br\s*\/?>|<\/p\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
      if (!ref.startsWith('#')) return named[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .trim();
}

/** A body's text: TextualBody's value (a body with a value and no type is one too). */
function textOf(body: Json): string | undefined {
  const value = stringOf(body.value);
  const typed = body.type !== undefined || body['@type'] !== undefined;
  if (value === undefined || (typed && !hasType(body, 'TextualBody'))) return undefined;
  return stringOf(body.format) === 'text/html' ? plainText(value) : value;
}

const directionOf = (value: unknown): TextDirection | undefined => {
  const direction = stringOf(value);
  return direction === 'ltr' || direction === 'rtl' || direction === 'auto' ? direction : undefined;
};

/** Reads an annotation's bodies (body, bodyValue; a Choice by its first item, its default) into text, language, direction, tags and kind. */
export function readBodies(annotation: Json): ReadBodies {
  const read: ReadBodies = { text: '', direction: 'auto', tags: [], leftOut: [] };
  const texts: string[] = [];
  const motivations = listOf(annotation.motivation).filter((m): m is string => typeof m === 'string');
  const bodies: unknown[] = [...listOf(annotation.body), ...listOf(annotation.bodyValue).map((value) => ({ type: 'TextualBody', value }))];
  for (const item of bodies) {
    const body = hasType(item, 'Choice') ? listOf(item.items)[0] : item;
    if (!isObject(body)) {
      read.leftOut.push(typeof body === 'string' ? `a body that is a link (${body})` : 'a body that is not a resource');
      continue;
    }
    const text = textOf(body);
    if (text === undefined) {
      read.leftOut.push(`a body of type ${stringOf(body.type) ?? 'unknown'}`);
      continue;
    }
    const purposes = listOf(body.purpose).filter((p): p is string => typeof p === 'string');
    const purpose = purposes.length > 0 ? purposes : motivations;
    const kind = RegionKind.safeParse(text);
    if (purpose.includes('classifying') && kind.success) {
      read.kind = kind.data;
    } else if (purpose.includes('tagging')) {
      if (text.trim() !== '') read.tags.push(text.trim());
    } else if (purpose.length === 0 || purpose.some((p) => TEXT_PURPOSES.has(p))) {
      texts.push(text);
      read.language ??= stringOf(body.language);
      read.direction = read.direction === 'auto' ? (directionOf(body.textDirection) ?? 'auto') : read.direction;
    } else {
      read.leftOut.push(`a ${purpose.join(', ')} body`);
    }
  }
  read.text = texts.join('\n');
  return read;
}
