import { checkRegionCount, type ParsedPage, type ParsedRegion, type SkipNote } from '../exchange/import-types';
import { applyReadingOrder } from '../exchange/read-order';
import { childElements, childNamed, numberAttr, readXml, type XmlElement } from '../exchange/read-xml';
import { pageDirection, pageLanguage, pageScript } from './read-page-language';
import { isPageNamespace } from './read-page-namespace';
import { readPageOrder } from './read-page-order';
import { readPageRegion, type PageDefaults } from './read-page-region';

const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : undefined);

/**
 * Reads a PAGE XML file (any version, 2009–2024; Transkribus and OCR-D files included) into its
 * regions: every region type Muragat has a kind for, nested ones (table cells) flattened, in
 * the file's reading order; what is left out is listed with the reason.
 */
export function readPageXml(xml: string): ParsedPage {
  const root = readXml(xml);
  if (!isPageNamespace(root.ns)) throw new Error(`The file is not PAGE XML: its namespace is "${root.ns}" (its root element is <${root.name}>).`);
  if (root.name !== 'PcGts') throw new Error(`The file is not PAGE XML: its root element is <${root.name}>, not <PcGts>.`);
  const page = childNamed(root, 'Page');
  if (!page) throw new Error('The PAGE XML file has no Page element.');
  const defaults: PageDefaults = {
    language: pageLanguage(page.attrs.get('primaryLanguage')),
    script: pageScript(page.attrs.get('primaryScript')),
    direction: pageDirection(page.attrs.get('readingDirection')),
  };
  const regions: ParsedRegion[] = [];
  const skipped: SkipNote[] = [];
  // Regions nest (cells in a table, regions in regions since 2019): each is read, then its own.
  const visit = (container: XmlElement) => {
    for (const el of childElements(container)) {
      if (el.ns !== root.ns || !el.name.endsWith('Region')) continue;
      const read = readPageRegion(el, defaults);
      if ('region' in read) regions.push(read.region);
      else skipped.push(read.skipped);
      visit(el);
    }
  };
  visit(page);
  checkRegionCount(regions.length);
  applyReadingOrder(regions, readPageOrder(page));
  const imageName = page.attrs.get('imageFilename');
  return {
    format: 'page-xml',
    ...(imageName ? { imageName } : {}),
    width: positive(numberAttr(page, 'imageWidth')),
    height: positive(numberAttr(page, 'imageHeight')),
    unit: 'pixel',
    regions,
    skipped,
  };
}
