import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileResponse } from '../../../src/main/web/file-response';
import { openPdfSource, type PdfSource } from '../../../src/renderer/src/pdf/pdf-source';
import type { FetchLike } from '../../../src/renderer/src/pdf/range-source';
import { tempDir } from '../../support/temp-dir';

const CHUNK = 128 * 1024;
const PAGES = 60;

/** A newspaper-like PDF: every page a scan of noise (which compresses to nothing smaller) and a line of text. */
async function noisyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= PAGES; n++) {
    const noise = await sharp(randomBytes(300 * 300 * 3), { raw: { width: 300, height: 300, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const page = pdf.addPage([595, 842]);
    page.drawImage(await pdf.embedJpg(noise), { x: 50, y: 100, width: 495, height: 495 });
    page.drawText(`Page ${n} of the gazette`, { x: 50, y: 780, size: 24, font });
  }
  return pdf.save();
}

/** The app's own file responder behind a fetch that counts what it sends; `fail` makes it answer 500. */
function server(path: string) {
  const state = { requests: [] as (string | undefined)[], bytesSent: 0, fail: false };
  const fetch: FetchLike = async (url, init) => {
    state.requests.push(init.headers.Range);
    if (state.fail) return new Response('the disk is gone', { status: 500 });
    const request = new Request(new URL(url, 'http://127.0.0.1'), { headers: init.headers, ...(init.signal ? { signal: init.signal } : {}) });
    const response = await fileResponse(request, path, { contentType: 'application/pdf', cacheControl: 'no-store' });
    state.bytesSent += Number(response.headers.get('Content-Length'));
    return response;
  };
  return { fetch, state };
}

function open(source: PdfSource) {
  return getDocument({ ...source.params, isEvalSupported: false, verbosity: 0 });
}

async function pageText(pdf: PDFDocumentProxy, number: number): Promise<string> {
  const content = await (await pdf.getPage(number)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join('');
}

let folder: Awaited<ReturnType<typeof tempDir>>;
let bigPath: string;
let bigSize: number;

beforeAll(async () => {
  folder = await tempDir();
  const bytes = await noisyPdf();
  bigSize = bytes.length;
  bigPath = join(folder.path, 'gazette.pdf');
  await writeFile(bigPath, bytes);
});

afterAll(() => folder.cleanup());

describe('reading a large PDF in ranges through pdf.js', () => {
  it('reads page 1 with a small part of the file fetched', async () => {
    expect(bigSize).toBeGreaterThan(4_000_000);
    const { fetch, state } = server(bigPath);
    const source = await openPdfSource(fetch, '/files/gazette/0', CHUNK);
    expect(source.transport?.length).toBe(bigSize);
    const task = open(source);
    const pdf = await task.promise;
    expect(pdf.numPages).toBe(PAGES);
    expect(await pageText(pdf, 1)).toBe('Page 1 of the gazette');
    expect(await pageText(pdf, PAGES)).toBe(`Page ${PAGES} of the gazette`);
    expect(state.requests.every((range) => range?.startsWith('bytes='))).toBe(true);
    expect(state.bytesSent).toBeLessThan(bigSize / 8);
    await task.destroy();
  });

  it('stops asking once the document is destroyed', async () => {
    const { fetch, state } = server(bigPath);
    const source = await openPdfSource(fetch, '/files/gazette/0', CHUNK);
    const task = open(source);
    await task.promise;
    await task.destroy();
    expect(source.transport?.isStopped()).toBe(true);
    const asked = state.requests.length;
    source.transport?.requestDataRange(CHUNK, 2 * CHUNK);
    expect(state.requests.length).toBe(asked);
  });

  it('turns a failed range into the server’s error instead of waiting forever', async () => {
    const { fetch, state } = server(bigPath);
    const source = await openPdfSource(fetch, '/files/gazette/0', CHUNK);
    const transport = source.transport;
    if (!transport) throw new Error('expected ranges');
    const task = open(source);
    const pdf = await task.promise;
    state.fail = true;
    await expect(Promise.race([pageText(pdf, PAGES / 2), transport.failure])).rejects.toMatchObject({ status: 500, serverMessage: 'the disk is gone' });
    expect(transport.isStopped()).toBe(true);
    const asked = state.requests.length;
    transport.requestDataRange(0, CHUNK);
    expect(state.requests.length).toBe(asked);
  });
});

describe('reading a PDF whole', () => {
  it('reads a file smaller than a chunk in one request', async () => {
    const small = await PDFDocument.create();
    small.addPage([200, 200]);
    const path = join(folder.path, 'small.pdf');
    await writeFile(path, await small.save());
    const { fetch, state } = server(path);
    const source = await openPdfSource(fetch, '/files/small/0', CHUNK);
    expect(source.transport).toBeUndefined();
    const task = open(source);
    expect((await task.promise).numPages).toBe(1);
    expect(state.requests).toEqual([`bytes=0-${CHUNK - 1}`]);
    await task.destroy();
  });

  it('uses the whole body from a server that answers 200 to a range', async () => {
    const bytes = await readFile(bigPath);
    let requests = 0;
    const ignoresRange: FetchLike = async () => {
      requests++;
      return new Response(bytes);
    };
    const source = await openPdfSource(ignoresRange, '/files/gazette/0', CHUNK);
    expect(source.transport).toBeUndefined();
    const task = open(source);
    const pdf = await task.promise;
    expect(await pageText(pdf, 2)).toBe('Page 2 of the gazette');
    expect(requests).toBe(1);
    await task.destroy();
  });

  it('says the status and the server’s message when the file is not there', async () => {
    const missing: FetchLike = async () => new Response('no such document', { status: 404 });
    await expect(openPdfSource(missing, '/files/nothing/0', CHUNK)).rejects.toThrow('/files/nothing/0: HTTP 404 (no such document)');
  });
});
