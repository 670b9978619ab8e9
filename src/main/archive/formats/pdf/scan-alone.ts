import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFPage } from 'pdf-lib';
import { contentTokens } from './content-tokens';

/** [a b c d e f] of ISO 32000-1 §8.3.3. */
type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** How far the scan's edges may lie from the page's (cropping, rounding), as a share of the page. */
const EDGE_TOLERANCE = 0.02;

/** Operators that put paint on the page other than through an XObject or text (§8.5.3, §8.7.4.2, §8.9.7). */
const PAINTS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'BI']);
const SHOWS_TEXT = new Set(['Tj', 'TJ', "'", '"']);
/** Text rendering modes that paint nothing: invisible (3), and clip only (7). OCR text lies under a scan this way. */
const INVISIBLE_TEXT = new Set([3, 7]);
/** Annotations that draw nothing on the page by themselves. */
const UNDRAWN_ANNOTATIONS = new Set(['Link', 'Popup']);
/** Annotation flags Hidden (bit 2) and NoView (bit 6): not shown on screen. */
const NOT_SHOWN = 0b100010;

const name = (n: string) => PDFName.of(n);

/** `m` then `n`: the matrix of `n × m` in the specification's row-vector terms, as `cm` concatenates. */
const then = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

interface GraphicsState {
  ctm: Matrix;
  textMode: number;
}

/**
 * Whether the page paints `scan` upright over the whole page and nothing else one can see:
 * nothing painted over it (text in an invisible mode is fine), no shown annotation; what is
 * painted before an opaque scan lies under it (archives' OCR text is often drawn so). Then the
 * scan is the page, and a picture made from the scan alone shows all of it. Anything this cannot
 * read or is unsure of answers false: pdf.js then draws the page.
 */
export function paintsOnlyScan(page: PDFPage, scan: PDFRawStream): boolean {
  try {
    if (showsAnnotations(page)) return false;
    const resources = page.node.getInheritableAttribute(name('Resources'));
    const walk = new ContentWalk(page, scan);
    const content = pageContent(page);
    if (!content) return false;
    walk.run(content, page.doc.context.lookupMaybe(resources, PDFDict), IDENTITY, 0);
    return walk.verdict();
  } catch {
    // Damaged content, a filter pdf-lib cannot undo: unsure, so no.
    return false;
  }
}

class ContentWalk {
  private scanPlacements: Matrix[] = [];
  private paintedBefore = false;
  private paintedAfter = false;

  constructor(
    private readonly page: PDFPage,
    private readonly scan: PDFRawStream,
  ) {}

  run(content: Uint8Array, resources: PDFDict | undefined, start: Matrix, depth: number): void {
    const stack: GraphicsState[] = [];
    let state: GraphicsState = { ctm: start, textMode: 0 };
    let operands: number[] = [];
    let lastName: string | undefined;
    for (const token of contentTokens(content)) {
      if (token.kind === 'number') {
        operands.push(token.value);
        continue;
      }
      if (token.kind === 'name') {
        lastName = token.value;
        continue;
      }
      if (token.kind === 'operand') continue;
      const op = token.value;
      if (op === 'q') stack.push(state);
      else if (op === 'Q') state = stack.pop() ?? state;
      else if (op === 'cm' && operands.length >= 6) state = { ...state, ctm: then(operands.slice(-6) as unknown as Matrix, state.ctm) };
      else if (op === 'Tr' && operands.length >= 1) state = { ...state, textMode: operands.at(-1) ?? 0 };
      else if (PAINTS.has(op) || (SHOWS_TEXT.has(op) && !INVISIBLE_TEXT.has(state.textMode))) this.paints();
      else if (op === 'Do') this.paintXObject(lastName, resources, state.ctm, depth);
      if (this.paintedAfter) return;
      operands = [];
      lastName = undefined;
    }
  }

  /** Something other than the scan is painted: under it while the scan is still to come. */
  private paints(): void {
    if (this.scanPlacements.length === 0) this.paintedBefore = true;
    else this.paintedAfter = true;
  }

  private paintXObject(xobjectName: string | undefined, resources: PDFDict | undefined, ctm: Matrix, depth: number): void {
    const xobjects = resources?.lookupMaybe(name('XObject'), PDFDict);
    const stream = xobjectName === undefined ? undefined : xobjects?.lookup(name(xobjectName));
    if (stream === this.scan) {
      this.scanPlacements.push(ctm);
      return;
    }
    const isForm = stream instanceof PDFRawStream && stream.dict.lookupMaybe(name('Subtype'), PDFName) === name('Form');
    // Scanners wrap the scan in one form at most; anything else painted is something besides the scan.
    if (!isForm || depth > 0) return this.paints();
    const matrix = stream.dict.lookupMaybe(name('Matrix'), PDFArray);
    const formMatrix = matrix?.size() === 6 ? (matrix.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) as unknown as Matrix) : IDENTITY;
    if (formMatrix.some(Number.isNaN)) return this.paints();
    const formResources = stream.dict.lookupMaybe(name('Resources'), PDFDict) ?? resources;
    this.run(decodePDFRawStream(stream).decode(), formResources, then(formMatrix, ctm), depth + 1);
  }

  verdict(): boolean {
    const [placement, ...more] = this.scanPlacements;
    if (placement === undefined || more.length > 0 || this.paintedAfter || (this.paintedBefore && !isOpaque(this.scan))) return false;
    return coversUpright(placement, this.page);
  }
}

/** An image that hides what lies under it: no mask of any kind, not a stencil. */
function isOpaque(image: PDFRawStream): boolean {
  return !image.dict.has(name('SMask')) && !image.dict.has(name('Mask')) && image.dict.lookupMaybe(name('ImageMask'), PDFBool)?.asBoolean() !== true;
}

/** Whether the image's unit square, placed by `ctm`, lies upright on the page's crop box, edge to edge. */
function coversUpright(ctm: Matrix, page: PDFPage): boolean {
  const [a, b, c, d, e, f] = ctm;
  if (a <= 0 || d <= 0 || Math.abs(b) > a * 1e-3 || Math.abs(c) > d * 1e-3) return false;
  const box = page.getCropBox();
  const near = (value: number, edge: number, span: number) => Math.abs(value - edge) <= span * EDGE_TOLERANCE;
  return near(e, box.x, box.width) && near(e + a, box.x + box.width, box.width) && near(f, box.y, box.height) && near(f + d, box.y + box.height, box.height);
}

function showsAnnotations(page: PDFPage): boolean {
  const annotations = page.node.Annots();
  if (!annotations) return false;
  return annotations.asArray().some((ref) => {
    const annotation = page.doc.context.lookupMaybe(ref, PDFDict);
    if (!annotation) return false;
    const subtype = annotation.lookupMaybe(name('Subtype'), PDFName)?.decodeText();
    const flags = annotation.lookupMaybe(name('F'), PDFNumber)?.asNumber() ?? 0;
    return !(subtype !== undefined && UNDRAWN_ANNOTATIONS.has(subtype)) && (flags & NOT_SHOWN) === 0;
  });
}

/** The page's content streams decoded and joined, or undefined where one cannot be read. */
function pageContent(page: PDFPage): Uint8Array | undefined {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return undefined;
    parts.push(decodePDFRawStream(stream).decode(), Uint8Array.of(0x0a));
  }
  return Buffer.concat(parts);
}
