import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { sendFetchResponse, toFetchRequest } from '../../../src/main/server/node-fetch-bridge';
import { fileResponse } from '../../../src/main/web/file-response';
import { serveStatic } from '../../../src/main/web/static-files';
import type { ViewerPdf } from './viewer-pdfs';

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** URL prefix → folder. The legacy build, as in our app; pdf.js's data files beside it. */
const MOUNTS: readonly (readonly [string, string])[] = [
  ['/pdfjs/build/', join(PDFJS, 'legacy/build')],
  ['/pdfjs/web/', join(PDFJS, 'legacy/web')],
  ...['cmaps', 'standard_fonts', 'wasm', 'iccs'].map((dir) => [`/pdfjs/${dir}/`, join(PDFJS, dir)] as const),
];

export interface StockServer {
  url: string;
  pdfUrl(pdf: ViewerPdf): string;
  close(): Promise<void>;
}

/**
 * The stock side's web server on 127.0.0.1: our page that builds pdf.js's own viewer, pdf.js's
 * files, and the PDFs with range requests (pdf.js reads a large PDF in ranges, as it would
 * from any web server), through the same file responses our server uses.
 */
export async function startStockServer(pdfs: readonly ViewerPdf[]): Promise<StockServer> {
  const byName = new Map(pdfs.map((pdf) => [pdf.name, pdf.path]));
  let origin = '';
  const route = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/') return (await serveStatic(import.meta.dirname, request, '/stock-viewer.html')) ?? notFound();
    const pdf = pathname.startsWith('/pdf/') ? byName.get(decodeURIComponent(pathname.slice('/pdf/'.length))) : undefined;
    if (pdf) return fileResponse(request, pdf, { contentType: 'application/pdf', cacheControl: 'no-cache' });
    const mount = MOUNTS.find(([prefix]) => pathname.startsWith(prefix));
    return (mount && (await serveStatic(mount[1], request, pathname.slice(mount[0].length - 1)))) ?? notFound();
  };
  const server = createServer((req, res) => {
    route(toFetchRequest(req, res, origin))
      .then((response) => sendFetchResponse(res, response))
      .catch((error: unknown) => {
        res.destroy();
        console.error('stock viewer server:', error);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    pdfUrl: (pdf) => `${origin}/pdf/${encodeURIComponent(pdf.name)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const notFound = () => new Response('not found', { status: 404 });
