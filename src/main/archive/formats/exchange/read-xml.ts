import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkImportSize } from './import-types';

/** An element of a parsed XML file: names without prefixes, each with the namespace it is in. */
export interface XmlElement {
  name: string;
  /** The namespace URI the element is in ('' for none). */
  ns: string;
  /** Unprefixed attributes only (prefixed ones belong to other vocabularies: xsi, xlink). */
  attrs: ReadonlyMap<string, string>;
  /** Child elements and text in document order. */
  content: (XmlElement | string)[];
}

// Entities are decoded here, not by the parser: fast-xml-parser leaves numeric references (&#x41;) as written.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

// Maps, not object literals, for every table keyed by what a file says: "constructor" is no entity.
const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/** Decodes XML's five entities and character references; any other entity is undefined (DTDs are not read). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[^;\s&]+);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) {
      const char = PREDEFINED.get(ref);
      if (char === undefined) throw new Error(`The file uses the entity ${whole}, which XML does not define.`);
      return char;
    }
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const isChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff));
    if (!isChar) throw new Error(`The file's character reference ${whole} names no character XML allows.`);
    return String.fromCodePoint(code);
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Turns the parser's ordered output into elements, resolving prefixes to namespaces as it goes. */
function build(nodes: unknown, scope: ReadonlyMap<string, string>): (XmlElement | string)[] {
  if (!Array.isArray(nodes)) return [];
  const content: (XmlElement | string)[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    const text = node['#text'];
    if (typeof text === 'string') {
      content.push(decode(text));
      continue;
    }
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (tag === undefined) continue;
    const rawAttrs = isRecord(node[':@']) ? node[':@'] : {};
    const inner = new Map(scope);
    const attrs = new Map<string, string>();
    for (const [key, value] of Object.entries(rawAttrs)) {
      if (typeof value !== 'string') continue;
      if (key === 'xmlns') inner.set('', decode(value));
      else if (key.startsWith('xmlns:')) inner.set(key.slice(6), decode(value));
      else if (!key.includes(':')) attrs.set(key, decode(value));
    }
    const colon = tag.indexOf(':');
    const prefix = colon < 0 ? '' : tag.slice(0, colon);
    const ns = inner.get(prefix);
    if (ns === undefined) throw new Error(`The file uses the namespace prefix "${prefix}" without declaring it.`);
    content.push({ name: tag.slice(colon + 1), ns, attrs, content: build(node[tag], inner) });
  }
  return content;
}

/** An internal DTD subset declaring entities: the way into "billion laughs" expansion. */
const DECLARES_ENTITIES = /<!DOCTYPE[^[>]*\[[\s\S]*?<!ENTITY/i;

/**
 * Reads an XML file into its root element, or says clearly why it cannot: empty, too big, entity
 * declarations (refused, never expanded), not well-formed (with the line), or no single root.
 */
export function readXml(text: string): XmlElement {
  checkImportSize(text);
  // XML reads every line end as \n (XML 1.0 §2.11); a byte order mark is not content.
  const xml = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (xml.trim() === '') throw new Error('The file is empty.');
  if (DECLARES_ENTITIES.test(xml)) throw new Error('The file declares entities in its DOCTYPE; such files are refused, as entity expansion can exhaust memory.');
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor, fast-xml-validator, is not a dependency; this one still ships with the parser
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`The file is not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    throw new Error(`The file could not be read as XML: ${(error as Error).message}`, { cause: error });
  }
  const top = build(parsed, new Map([['', ''], ['xml', 'http://www.w3.org/XML/1998/namespace']]));
  if (top.some((node) => typeof node === 'string' && node.trim() !== '')) throw new Error('The file is not well-formed XML: it has text outside its root element.');
  const roots = top.filter((node): node is XmlElement => typeof node !== 'string');
  const [root] = roots;
  if (!root || roots.length > 1) throw new Error(`The file is not well-formed XML: it has ${roots.length} root elements, and XML has one.`);
  return root;
}

/** The child elements of an element with this name, in its own namespace. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.content.filter((node): node is XmlElement => typeof node !== 'string' && node.name === name && node.ns === el.ns);

/** The first child element with this name, in its own namespace. */
export const childNamed = (el: XmlElement, name: string): XmlElement | undefined => childrenNamed(el, name)[0];

/** The child elements of an element (any name, any namespace). */
export const childElements = (el: XmlElement): XmlElement[] => el.content.filter((node): node is XmlElement => typeof node !== 'string');

/** An element's text as written: its text children and CDATA, not its descendants'. */
export const ownText = (el: XmlElement): string => el.content.filter((node): node is string => typeof node === 'string').join('');

/** An attribute read as a finite number. */
export function numberAttr(el: XmlElement, name: string): number | undefined {
  const value = el.attrs.get(name);
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
