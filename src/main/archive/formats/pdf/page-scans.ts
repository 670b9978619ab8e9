import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFPage } from 'pdf-lib';
import { paintsOnlyScan } from './scan-alone';

/** How a page's one full-page image is encoded, as far as Muragat can use it without pdf.js. */
export type ScanEncoding =
  | { encoding: 'jpeg'; bytes: Uint8Array }
  | { encoding: 'ccitt'; bytes: Uint8Array; k: number; blackIs1: boolean; byteAlign: boolean }
  | { encoding: 'other' };

export type EmbeddedScan = ScanEncoding & {
  width: number;
  height: number;
  /** The page paints this scan upright, edge to edge, and nothing else one can see (OCR text may lie invisible under it). */
  alone: boolean;
};

/** A scan's pixels per inch below this are a logo or a background, not a page scan. */
const MIN_SCAN_DPI = 50;
/** How far a scan's shape may differ from the page's (cropping, rounding) and still cover it. */
const ASPECT_TOLERANCE = 0.03;

const name = (n: string) => PDFName.of(n);

/**
 * For every page, the image that is the page when the page is a scan: the only image it draws,
 * shaped like the page and dense enough. Decided from the page's resources and content, so no image
 * is decoded (a 7200×9600 fax page costs nothing here). Undefined for pages that are not scans,
 * and for all pages when pdf-lib cannot read the file (pdf.js may still can).
 */
export async function findPageScans(data: Uint8Array): Promise<(EmbeddedScan | undefined)[]> {
  try {
    const doc = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    const encrypted = doc.isEncrypted;
    return doc.getPages().map((page) => {
      const images = pageImages(page);
      const [only] = images;
      if (images.length !== 1 || !only || !coversPage(page, only.width, only.height)) return undefined;
      // Streams of an encrypted file are ciphertext: neither the scan nor the page's content can be read.
      if (encrypted) return { encoding: 'other', width: only.width, height: only.height, alone: false };
      return { ...describe(only.stream), width: only.width, height: only.height, alone: paintsOnlyScan(page, only.stream) };
    });
  } catch {
    // A file pdf-lib cannot walk (encrypted object streams, damage pdf.js tolerates): no page is taken for a scan.
    return [];
  }
}

interface ImageXObject {
  stream: PDFRawStream;
  width: number;
  height: number;
}

/** The image XObjects a page can draw, looking one level into form XObjects (some scanners wrap the scan). */
function pageImages(page: PDFPage): ImageXObject[] {
  const inherited = page.node.getInheritableAttribute(name('Resources'));
  const resources = inherited ? page.doc.context.lookup(inherited) : undefined;
  const found: ImageXObject[] = [];
  const visit = (dict: PDFDict | undefined, depth: number) => {
    const xobjects = dict?.lookupMaybe(name('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const stream = page.doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const subtype = stream.dict.lookupMaybe(name('Subtype'), PDFName);
      if (subtype === name('Image')) {
        const width = stream.dict.lookupMaybe(name('Width'), PDFNumber)?.asNumber() ?? 0;
        const height = stream.dict.lookupMaybe(name('Height'), PDFNumber)?.asNumber() ?? 0;
        if (width > 0 && height > 0) found.push({ stream, width, height });
      } else if (subtype === name('Form') && depth === 0) {
        visit(stream.dict.lookupMaybe(name('Resources'), PDFDict), depth + 1);
      }
    }
  };
  visit(resources instanceof PDFDict ? resources : undefined, 0);
  return found;
}

function coversPage(page: PDFPage, width: number, height: number): boolean {
  // Compared in unrotated page space, where the image is placed; /Rotate turns both together.
  const box = page.getCropBox();
  const pageAspect = box.width / box.height;
  const imageAspect = width / height;
  const dpi = width / (box.width / 72);
  return Math.abs(imageAspect - pageAspect) / pageAspect <= ASPECT_TOLERANCE && dpi >= MIN_SCAN_DPI;
}

function describe(stream: PDFRawStream): ScanEncoding {
  const filter = single(stream.dict.lookup(name('Filter')));
  const hasDecodeArray = stream.dict.has(name('Decode'));
  if (filter === name('DCTDecode') && !hasDecodeArray) return { encoding: 'jpeg', bytes: stream.contents };
  if (filter === name('CCITTFaxDecode')) {
    const parms = single(stream.dict.lookup(name('DecodeParms')));
    const dict = parms instanceof PDFDict ? parms : undefined;
    // A /Decode [1 0] on a bilevel image swaps black and white, as BlackIs1 does.
    const inverted = hasDecodeArray;
    return {
      encoding: 'ccitt',
      bytes: stream.contents,
      k: dict?.lookupMaybe(name('K'), PDFNumber)?.asNumber() ?? 0,
      blackIs1: (dict?.lookupMaybe(name('BlackIs1'), PDFBool)?.asBoolean() ?? false) !== inverted,
      byteAlign: dict?.lookupMaybe(name('EncodedByteAlign'), PDFBool)?.asBoolean() ?? false,
    };
  }
  return { encoding: 'other' };
}

/** A filter or its parameters, given directly or as a one-element array; undefined for filter chains. */
function single(value: unknown): unknown {
  if (value instanceof PDFArray) return value.size() === 1 ? value.lookup(0) : undefined;
  return value;
}
