import type { Region, RegionKind } from '../../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../../shared/domain/document';
import type { PageSize } from '../../../../shared/geometry/shape-check';
import type { ExportOptions, Exporter } from '../exchange/export-types';
import { pageImageName } from '../exchange/page-image-name';
import { el, idMinter, xmlDocument, type XmlElement } from '../exchange/xml-text';
import { languageTag } from '../exchange/language-tag';
import { pageByPage } from '../exchange/page-by-page';
import { pageTag, pagesWithRegions, type PageRegions } from '../exchange/reading-order';
import { boxOf, outlinePoints } from '../exchange/region-geometry';
import { boxAttrs, shapeOf, textBlock, type MintId } from './alto-text-block';

const NS = 'http://www.loc.gov/standards/alto/ns-v4#';

/** Text kinds ALTO has no element for are told apart by a StructureTag the TextBlock names. */
const STRUCTURE_TAG: Partial<Record<RegionKind, string>> = { heading: 'heading', marginalia: 'marginalia' };

const tagId = (label: string) => `tag_${label}`;

/**
 * A region as an ALTO block. Text kinds are TextBlocks. An illustration or seal is an
 * Illustration (a seal with TYPE="seal": GraphicalElement is for rules and separators); an
 * advertisement or table is a ComposedBlock of that TYPE around its text. A picture with
 * transcribed text becomes a ComposedBlock of the Illustration and a TextBlock, since an
 * Illustration cannot hold text.
 */
function block(region: Region, id: string, page: PageSize, mintId: MintId): XmlElement {
  if (region.kind === 'text' || region.kind === 'heading' || region.kind === 'marginalia') {
    const label = STRUCTURE_TAG[region.kind];
    return textBlock(region, id, label === undefined ? undefined : tagId(label), page, mintId);
  }
  const outline = outlinePoints(region.shape, page);
  const box = boxAttrs(boxOf(outline));
  const shape = shapeOf(outline, region.shape.type === 'polygon');
  const hasText = region.text !== '' || region.lines.length > 0;
  const text = hasText ? textBlock(region, mintId(`${id}_text`), undefined, page, mintId) : null;
  if (region.kind === 'advertisement' || region.kind === 'table') return el('ComposedBlock', { ID: id, ...box, TYPE: region.kind }, [shape, text]);
  const type = region.kind === 'seal' ? 'seal' : undefined;
  if (text === null) return el('Illustration', { ID: id, ...box, TYPE: type }, [shape]);
  return el('ComposedBlock', { ID: id, ...box, TYPE: region.kind }, [shape, el('Illustration', { ID: mintId(`${id}_image`), ...box, TYPE: type }, [shape]), text]);
}

function description(doc: ArchiveDocument, index: number, options: ExportOptions): XmlElement {
  return el('Description', {}, [
    el('MeasurementUnit', {}, ['pixel']),
    el('sourceImageInformation', {}, [el('fileName', {}, [pageImageName(doc, index)])]),
    // Processing, not OCRProcessing (deprecated since ALTO 4.0): this step wrote the file from transcriptions.
    el('Processing', { ID: 'export' }, [el('processingDateTime', {}, [options.now.toISOString()]), el('processingSoftware', {}, [el('softwareName', {}, [options.generator])])]),
  ]);
}

function alto(doc: ArchiveDocument, { page, index, regions }: PageRegions, options: ExportOptions): XmlElement {
  const mintId = idMinter();
  const blocks = regions.map((region) => {
    const id = mintId(`r_${region.id}`);
    return { id, element: block(region, id, page, mintId) };
  });
  const labels = [...new Set(regions.map((region) => STRUCTURE_TAG[region.kind]))].filter((label) => label !== undefined).sort();
  return el(
    'alto',
    { xmlns: NS, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${NS} http://www.loc.gov/standards/alto/v4/alto-4-4.xsd`, SCHEMAVERSION: '4.4' },
    [
      description(doc, index, options),
      labels.length === 0 ? null : el('Tags', {}, labels.map((label) => el('StructureTag', { ID: tagId(label), LABEL: label }))),
      // The blocks are also written in reading order; the explicit group says so to readers that ask.
      blocks.length === 0
        ? null
        : el('ReadingOrder', {}, [
            el(
              'OrderedGroup',
              { ID: mintId(`ro_${pageTag(index)}`) },
              blocks.map(({ id }) => el('ElementRef', { ID: mintId(`o_${id}`), REF: id })),
            ),
          ]),
      el('Layout', {}, [
        el(
          'Page',
          {
            ID: mintId(pageTag(index)),
            PHYSICAL_IMG_NR: index + 1,
            PRINTED_IMG_NR: page.label,
            WIDTH: page.width,
            HEIGHT: page.height,
            LANG: languageTag(doc.metadata.language, doc.metadata.script),
          },
          [el('PrintSpace', { HPOS: 0, VPOS: 0, WIDTH: page.width, HEIGHT: page.height }, blocks.map(({ element }) => element))],
        ),
      ]),
    ],
  );
}

/** ALTO 4.4, one file per page (`<docId>-p0001.alto.xml`), in pixels of the page's grid. */
export const exportAlto: Exporter = function* ({ doc, regions }, options) {
  return yield* pageByPage(pagesWithRegions(doc, regions), (pageRegions) => ({
    name: `${doc.id}-${pageTag(pageRegions.index)}.alto.xml`,
    mediaType: 'application/xml',
    content: xmlDocument(alto(doc, pageRegions, options)),
  }));
};
