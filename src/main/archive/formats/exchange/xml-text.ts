/**
 * Writing XML for the exchange exports: a tiny element tree and one serializer, so that every
 * text and attribute value passes through the same escaping. Output is deterministic: attributes
 * in the order given, two-space indentation only where an element holds elements alone.
 */

export type XmlAttrs = Readonly<Record<string, string | number | undefined>>;

export interface XmlElement {
  readonly name: string;
  readonly attrs: XmlAttrs;
  readonly children: readonly XmlNode[];
}

/**
 * An element already written out, indented for its place: a long export writes each page's
 * part as it goes (run-export.ts) rather than the whole file at the end. Only for a place among
 * elements alone, never inside text.
 */
export interface XmlWritten {
  readonly written: string;
}

/** An element, one already written, or character data. */
export type XmlNode = XmlElement | XmlWritten | string;

/** An element; `null` children are left out, so optional parts can be written inline. */
export function el(name: string, attrs: XmlAttrs = {}, children: readonly (XmlNode | null)[] = []): XmlElement {
  return { name, attrs, children: children.filter((child): child is XmlNode => child !== null && child !== '') };
}

/** Characters XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF): no parser would read the file back. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with what XML 1.0 cannot hold removed and nothing else changed. */
export const xmlChars = (text: string): string => text.replace(NOT_XML_CHAR, '');

const REFERENCE: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const reference = (c: string) => REFERENCE[c] ?? c;

/** Character data: `\r` as a reference too, since a parser would turn a bare one into `\n`. */
const escapeText = (text: string): string => xmlChars(text).replace(/[&<>\r]/g, reference);

/** Attribute values: quotes, and tab and line ends as references, which a parser would otherwise read as spaces. */
const escapeAttr = (value: string): string => xmlChars(value).replace(/[&<>"\t\n\r]/g, reference);

function renderAttrs(attrs: XmlAttrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
}

/** Inside mixed content (`inline`) no whitespace is added: it would become part of the text. */
function render(node: XmlNode, indent: string, inline: boolean): string {
  if (typeof node === 'string') return escapeText(node);
  if ('written' in node) return node.written;
  const open = `<${node.name}${renderAttrs(node.attrs)}`;
  if (node.children.length === 0) return `${indent}${open}/>`;
  if (inline || node.children.some((child) => typeof child === 'string')) {
    return `${indent}${open}>${node.children.map((child) => render(child, '', true)).join('')}</${node.name}>`;
  }
  const inner = node.children.map((child) => render(child, `${indent}  `, false)).join('\n');
  return `${indent}${open}>\n${inner}\n${indent}</${node.name}>`;
}

/** `element` written now, for a place `depth` elements deep (the root's children are 1 deep). */
export const writtenAt = (element: XmlElement, depth: number): XmlWritten => ({ written: render(element, '  '.repeat(depth), false) });

/** A whole UTF-8 XML document. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, '', false)}\n`;
}

/**
 * Mints xs:ID values unique within one file (callers give a letter prefix: our ids may start
 * with a digit). Line ids are unique only by convention, so a second use of an id gets `_2`, `_3`….
 */
export function idMinter(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}
