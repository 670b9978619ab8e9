import type { TextDirection } from '../../../../shared/domain/annotations';
import { el, type XmlAttrs, type XmlElement, type XmlNode } from '../exchange/xml-text';
import { linesHoldText } from '../exchange/lines-hold-text';
import { languageTag } from '../exchange/language-tag';
import type { ZonedPage, ZonedRegion } from './tei-facsimile';
import { inlineText, type LineBreak } from './tei-inline';

/** TEI has no direction attribute; @style (CSS by default) says how the source's text runs. */
const STYLE: Readonly<Record<TextDirection, string | undefined>> = { auto: undefined, ltr: 'direction: ltr', rtl: 'direction: rtl' };

/**
 * The region's text with its entities. When its lines hold the text, each line starts with
 * <lb facs="#line-zone"/> and the line breaks between them stay in the text, so the text reads
 * exactly as typed; entities count in the region's own text, so they are kept only when that is
 * the lines' text. Lines that do not spell the region's text keep their zones in the facsimile.
 */
function regionText({ region, lines }: ZonedRegion): XmlNode[] {
  if (!linesHoldText(region)) return inlineText(region.text, region.entities, []);
  const breaks: LineBreak[] = [];
  let at = 0;
  for (const { line, zone } of lines) {
    breaks.push({ at, zone });
    at += line.text.length + 1;
  }
  const text = region.lines.map((line) => line.text).join('\n');
  return inlineText(text, text === region.text ? region.entities : [], breaks);
}

/** A region as the TEI element for its kind; pictures are figures, their text a <p> inside. */
function regionElement(zoned: ZonedRegion): XmlElement {
  const { region } = zoned;
  const facs = `#${zoned.zone}`;
  const textAttrs: XmlAttrs = { 'xml:lang': languageTag(region.language, region.script), style: STYLE[region.direction] };
  const text = regionText(zoned);
  switch (region.kind) {
    case 'text':
      return el('p', { facs, ...textAttrs }, text);
    case 'heading':
      return el('head', { facs, ...textAttrs }, text);
    case 'marginalia':
      return el('note', { place: 'margin', facs, ...textAttrs }, text);
    case 'advertisement':
    case 'table':
      // A <table> needs rows and cells this text does not have: an anonymous block says what it is.
      return el('ab', { type: region.kind, facs, ...textAttrs }, text);
    case 'illustration':
    case 'seal':
      return el('figure', { type: region.kind === 'seal' ? 'seal' : undefined, facs }, [text.length === 0 ? null : el('p', textAttrs, text)]);
  }
}

/**
 * One div per page, opened by <pb/>. TEI allows <head> only at the start of a div, so each
 * heading opens a section div that holds what follows it up to the next heading.
 */
export function pageDiv({ page, index, surface, regions }: ZonedPage): XmlElement {
  const before: XmlElement[] = [];
  const sections: XmlElement[][] = [];
  for (const zoned of regions) {
    const element = regionElement(zoned);
    if (zoned.region.kind === 'heading') sections.push([element]);
    else (sections.at(-1) ?? before).push(element);
  }
  return el('div', { type: 'page', n: index + 1 }, [
    el('pb', { n: page.label ?? index + 1, facs: `#${surface}` }),
    ...before,
    ...sections.map((section) => el('div', { type: 'section' }, section)),
  ]);
}
