import { childNamed, childrenNamed, numberAttr, ownText, type XmlElement } from '../exchange/read-xml';

/** The Unicode of an element's primary TextEquiv: PAGE makes the one with the lowest @index the main text; without indexes, the first. */
export function textEquiv(el: XmlElement): string | undefined {
  let primary: XmlElement | undefined;
  let lowest = Infinity;
  for (const equiv of childrenNamed(el, 'TextEquiv')) {
    const index = numberAttr(equiv, 'index') ?? Infinity;
    if (!primary || index < lowest) {
      primary = equiv;
      lowest = index;
    }
  }
  const unicode = primary && childNamed(primary, 'Unicode');
  return unicode && ownText(unicode);
}

/** The element's own text when it has some, else what its parts say, joined. */
function ownOrParts(el: XmlElement, part: string, join: string, partText: (part: XmlElement) => string): string {
  const own = textEquiv(el);
  if (own !== undefined && own !== '') return own;
  const parts = childrenNamed(el, part).map(partText).filter((text) => text !== '');
  return parts.length > 0 ? parts.join(join) : (own ?? '');
}

/** A word's text: its TextEquiv, else its glyphs'. */
const wordText = (word: XmlElement) => ownOrParts(word, 'Glyph', '', (glyph) => textEquiv(glyph) ?? '');

/** A line's text: its TextEquiv, else its words' joined by spaces (the Word/Glyph levels of OCR ground truth). */
export const lineText = (line: XmlElement): string => ownOrParts(line, 'Word', ' ', wordText);

/** A region's text: its TextEquiv, else its lines' joined by line breaks. */
export const regionText = (region: XmlElement): string => ownOrParts(region, 'TextLine', '\n', lineText);
