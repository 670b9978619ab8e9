import { checkRegionCount, type ParsedPage, type ParsedRegion, type SkipNote } from '../exchange/import-types';
import { applyReadingOrder } from '../exchange/read-order';
import { childElements, childNamed, childrenNamed, numberAttr, ownText, readXml, type XmlElement } from '../exchange/read-xml';
import { composedKind, readAltoBlock, type AltoContext } from './read-alto-block';
import { isAltoNamespace } from './read-alto-namespace';
import { readAltoOrder } from './read-alto-order';

const UNITS = ['pixel', 'mm10', 'inch1200'] as const;
type Unit = (typeof UNITS)[number];

function measurementUnit(alto: XmlElement): Unit {
  const description = childNamed(alto, 'Description');
  const written = description && childNamed(description, 'MeasurementUnit');
  // Required since ALTO 2; files without it are pixel files in practice.
  if (!written) return 'pixel';
  const unit = UNITS.find((u) => u === ownText(written).trim());
  if (!unit) throw new Error(`The ALTO file measures in "${ownText(written).trim()}"; ALTO's units are pixel, mm10 and inch1200.`);
  return unit;
}

function imageName(alto: XmlElement): string | undefined {
  const description = childNamed(alto, 'Description');
  const info = description && childNamed(description, 'sourceImageInformation');
  const fileName = info && childNamed(info, 'fileName');
  const name = fileName && ownText(fileName).trim();
  return name === '' ? undefined : name;
}

/** Where a Page keeps its blocks: the print space and the four margins (headers, page numbers). */
const PAGE_SPACES = new Set(['TopMargin', 'LeftMargin', 'RightMargin', 'BottomMargin', 'PrintSpace']);

/** Every tag's label by its ID (StructureTag, LayoutTag…): TAGREFS name them. */
function tagLabels(alto: XmlElement): Map<string, string> {
  const tags = childNamed(alto, 'Tags');
  const labels = new Map<string, string>();
  for (const tag of tags ? childElements(tags) : []) {
    const id = tag.attrs.get('ID');
    const label = tag.attrs.get('LABEL');
    if (id !== undefined && label !== undefined) labels.set(id, label.toLowerCase());
  }
  return labels;
}

const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : undefined);

/**
 * Reads an ALTO file (1.x without a namespace, 2.x–4.x) into regions: TextBlocks as text (a
 * heading or note when a tag says so), Illustrations as illustrations or seals, a ComposedBlock
 * whose TYPE is a kind (advertisement, table…) as one region of it, other ComposedBlocks
 * flattened; in the file's ReadingOrder (ALTO 4), else in document order. Coordinates stay in
 * the file's unit (placeOnPage scales them).
 */
export function readAlto(xml: string): ParsedPage {
  const alto = readXml(xml);
  if (alto.name !== 'alto' || !isAltoNamespace(alto.ns)) {
    throw new Error(`The file is not ALTO: its root element is <${alto.name}> in the namespace "${alto.ns}".`);
  }
  const layout = childNamed(alto, 'Layout');
  const [page, ...otherPages] = layout ? childrenNamed(layout, 'Page') : [];
  if (!page) throw new Error('The ALTO file has no Layout/Page element.');
  const context: AltoContext = { labels: tagLabels(alto), language: page.attrs.get('LANG') };
  const regions: ParsedRegion[] = [];
  const skipped: SkipNote[] = otherPages.map((other) => ({ what: `Page ${other.attrs.get('ID') ?? '(no id)'}`, reason: 'elsewhere', why: 'an ALTO file is read as one page: its first' }));
  /** Ids a ReadingOrder may name (blocks, a ComposedBlock, the lines and words inside), each as the regions it stands for. */
  const aliases = new Map<string, string[]>();
  const alias = (el: XmlElement, regionIds: string[]) => {
    const id = el.attrs.get('ID');
    if (id !== undefined) aliases.set(id, regionIds);
    childElements(el).forEach((child) => alias(child, regionIds));
  };
  const visit = (container: XmlElement) => {
    for (const el of childElements(container)) {
      if (el.ns !== alto.ns) continue;
      if (PAGE_SPACES.has(el.name)) visit(el);
      else if (el.name === 'ComposedBlock' && composedKind(el) === undefined) {
        const first = regions.length;
        visit(el);
        const id = el.attrs.get('ID');
        if (id !== undefined) aliases.set(id, regions.slice(first).flatMap((region) => region.sourceId ?? []));
      } else if (el.name === 'GraphicalElement') {
        skipped.push({ what: `GraphicalElement ${el.attrs.get('ID') ?? '(no id)'}`, reason: 'layout', why: 'a graphical element (a rule, a frame, an ornament) is layout, not content' });
      } else if (el.name === 'TextBlock' || el.name === 'Illustration' || el.name === 'ComposedBlock') {
        const read = readAltoBlock(el, context);
        if ('skipped' in read) skipped.push(read.skipped);
        else {
          regions.push(read.region);
          if (read.region.sourceId !== undefined) alias(el, [read.region.sourceId]);
        }
      }
    }
  };
  visit(page);
  checkRegionCount(regions.length);
  applyReadingOrder(
    regions,
    readAltoOrder(alto).flatMap((id) => aliases.get(id) ?? []),
  );
  const name = imageName(alto);
  return {
    format: 'alto',
    ...(name === undefined ? {} : { imageName: name }),
    width: positive(numberAttr(page, 'WIDTH')),
    height: positive(numberAttr(page, 'HEIGHT')),
    unit: measurementUnit(alto),
    regions,
    skipped,
  };
}
