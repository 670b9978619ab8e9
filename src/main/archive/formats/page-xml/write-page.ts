import type { Point, Region, RegionKind, TextDirection, TextLine } from '../../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../../shared/domain/document';
import type { PageSize } from '../../../../shared/geometry/shape-check';
import type { ExportOptions, Exporter } from '../exchange/export-types';
import { pageImageName } from '../exchange/page-image-name';
import { el, idMinter, xmlDocument, type XmlAttrs, type XmlElement } from '../exchange/xml-text';
import { scriptOf } from '../exchange/language-tag';
import { pageLanguage, pageScript } from './page-language';
import { pageByPage } from '../exchange/page-by-page';
import { pageTag, pagesWithRegions, type PageRegions } from '../exchange/reading-order';
import { gridPoints, outlinePoints, pointsText } from '../exchange/region-geometry';

const NS = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';

/** Each kind as a PAGE region element; text kinds are TextRegions told apart by @type. */
const REGION: Readonly<Record<RegionKind, { element: string; attrs: XmlAttrs }>> = {
  text: { element: 'TextRegion', attrs: { type: 'paragraph' } },
  heading: { element: 'TextRegion', attrs: { type: 'heading' } },
  marginalia: { element: 'TextRegion', attrs: { type: 'marginalia' } },
  advertisement: { element: 'AdvertRegion', attrs: {} },
  illustration: { element: 'ImageRegion', attrs: {} },
  table: { element: 'TableRegion', attrs: {} },
  seal: { element: 'GraphicRegion', attrs: { type: 'stamp' } },
};

const READING_DIRECTION: Readonly<Record<TextDirection, string | undefined>> = { auto: undefined, ltr: 'left-to-right', rtl: 'right-to-left' };

type MintId = (base: string) => string;

const coords = (points: readonly Point[]) => el('Coords', { points: pointsText(points) });
const textEquiv = (text: string) => (text === '' ? null : el('TextEquiv', {}, [el('Unicode', {}, [text])]));

function textLine(line: TextLine, regionId: string, page: PageSize, mintId: MintId): XmlElement {
  return el('TextLine', { id: mintId(`l_${regionId}_${line.id}`) }, [
    coords(gridPoints(line.polygon, page)),
    line.baseline ? el('Baseline', { points: pointsText(gridPoints(line.baseline, page)) }) : null,
    textEquiv(line.text),
  ]);
}

/** What a region says in PAGE's terms: its lines, text, direction, language and script. */
function textRegion(region: Region, id: string, attrs: XmlAttrs, page: PageSize, mintId: MintId): XmlElement {
  return el(
    'TextRegion',
    {
      id,
      ...attrs,
      readingDirection: READING_DIRECTION[region.direction],
      primaryLanguage: pageLanguage(region.language),
      primaryScript: pageScript(scriptOf(region.language, region.script)),
    },
    [coords(outlinePoints(region.shape, page)), ...region.lines.map((line) => textLine(line, region.id, page, mintId)), textEquiv(region.text)],
  );
}

/**
 * A region other than text holds only an outline in PAGE; its text and lines, when it has
 * any, go in a TextRegion nested inside it on the same outline (PAGE allows regions in regions),
 * so an advertisement's or a seal's transcription is not lost.
 */
function regionElement(region: Region, page: PageSize, mintId: MintId): { id: string; element: XmlElement } {
  const { element, attrs } = REGION[region.kind];
  const id = mintId(`r_${region.id}`);
  if (element === 'TextRegion') return { id, element: textRegion(region, id, attrs, page, mintId) };
  const hasText = region.text !== '' || region.lines.length > 0;
  const inner = hasText ? textRegion(region, mintId(`${id}_text`), {}, page, mintId) : null;
  return { id, element: el(element, { id, ...attrs }, [coords(outlinePoints(region.shape, page)), inner]) };
}

function pcGts(doc: ArchiveDocument, { page, index, regions }: PageRegions, options: ExportOptions): XmlElement {
  const mintId = idMinter();
  const written = regions.map((region) => regionElement(region, page, mintId));
  // An OrderedGroup needs at least one member: a page without regions has no reading order.
  const readingOrder =
    written.length === 0
      ? null
      : el('ReadingOrder', {}, [
          el(
            'OrderedGroup',
            { id: mintId(`ro_${pageTag(index)}`) },
            written.map(({ id }, position) => el('RegionRefIndexed', { index: position, regionRef: id })),
          ),
        ]);
  const now = options.now.toISOString();
  return el(
    'PcGts',
    { xmlns: NS, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${NS} ${NS}/pagecontent.xsd` },
    [
      el('Metadata', {}, [el('Creator', {}, [options.generator]), el('Created', {}, [now]), el('LastChange', {}, [now])]),
      el(
        'Page',
        {
          imageFilename: pageImageName(doc, index),
          imageWidth: page.width,
          imageHeight: page.height,
          primaryLanguage: pageLanguage(doc.metadata.language),
          primaryScript: pageScript(scriptOf(doc.metadata.language, doc.metadata.script)),
        },
        [readingOrder, ...written.map(({ element }) => element)],
      ),
    ],
  );
}

/**
 * PAGE XML 2019-07-15, one file per page (`<docId>-p0001.page.xml`), coordinates in the page's
 * pixel grid. The image is named as pageImageName says: a one-page scan by its imported name.
 */
export const exportPageXml: Exporter = function* ({ doc, regions }, options) {
  return yield* pageByPage(pagesWithRegions(doc, regions), (pageRegions) => ({
    name: `${doc.id}-${pageTag(pageRegions.index)}.page.xml`,
    mediaType: 'application/xml',
    content: xmlDocument(pcGts(doc, pageRegions, options)),
  }));
};
