import { DocId } from '../../shared/domain/ids';
import { MuragatError } from '../../shared/rpc/errors';
import type { Archive } from '../archive/archive';
import type { ResolvedFile } from '../archive/library/page-assets';
import type { PageImageKind } from '../../shared/asset-urls';
import { toMuragatError } from '../archive/to-muragat-error';
import { fileResponse } from './file-response';
import { MISSING_THUMBNAIL_SVG } from './missing-thumbnail';
import { withSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface AppHandlerOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  archive: Archive;
}

const SOURCE_ROUTE = /^\/files\/([^/]+)\/(\d{1,5})$/;
const PAGE_IMAGE_ROUTE = /^\/pages\/([^/]+)\/(\d{1,6})\/(preview|thumbnail|scan)$/;
const BUNDLE_ROUTE = /^\/bundles\/([a-f0-9]{32})\/([^/]+)$/;

/** A list of ten thousand documents shows a neutral card where a thumbnail is not made yet. */
const placeholder = () => new Response(MISSING_THUMBNAIL_SVG, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache' } });

const text = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The Fetch-style handler shared by Electron's protocol.handle and the browser-mode server:
 * the renderer's files, and scans and page images by document id, every response with the CSP.
 */
export function createAppHandler({ rendererDir, archive }: AppHandlerOptions): FetchHandler {
  return async (request) => withSecurityHeaders(await route(request));

  async function route(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const { pathname } = new URL(request.url);
    const source = SOURCE_ROUTE.exec(pathname);
    if (source) return serveById(request, source[1], (docId) => archive.resolveSource(docId, Number(source[2])));
    const image = PAGE_IMAGE_ROUTE.exec(pathname);
    if (image) {
      const kind = image[3] as PageImageKind;
      return serveById(request, image[1], (docId) => archive.resolvePageImage(docId, Number(image[2]), kind), kind === 'thumbnail' ? placeholder : undefined);
    }
    const bundle = BUNDLE_ROUTE.exec(pathname);
    if (bundle) return serveBundle(request, bundle[1] ?? '', bundle[2] ?? '');
    return (await serveStatic(rendererDir, request, pathname)) ?? text(404, 'Not found');
  }

  /** A transfer bundle made for download: offered to be saved, under its own name. */
  async function serveBundle(request: Request, token: string, encodedName: string): Promise<Response> {
    let name: string;
    try {
      name = decodeURIComponent(encodedName);
    } catch {
      return text(400, 'not a bundle name');
    }
    const path = await archive.resolveBundle(token, name);
    if (!path) return text(404, 'No such bundle (bundles are kept for a day)');
    return fileResponse(request, path, { contentType: 'application/zip', cacheControl: 'private, no-store', downloadAs: name });
  }

  /** Serves the file an id names; `whenNotMade` answers for a page whose image the cache lacks. */
  async function serveById(
    request: Request,
    rawDocId: string | undefined,
    resolve: (docId: string) => ResolvedFile | null | Promise<ResolvedFile | null>,
    whenNotMade: () => Response = () => text(404, 'Not made yet'),
  ): Promise<Response> {
    try {
      const docId = DocId.safeParse(rawDocId);
      if (!docId.success) throw new MuragatError('invalid-argument', 'not a document id');
      const file = await resolve(docId.data);
      if (!file) return whenNotMade();
      return await fileResponse(request, file.path, { contentType: file.contentType, cacheControl: 'private, no-cache', etag: file.etag });
    } catch (error) {
      const failure = toMuragatError(error);
      const status = failure.code === 'not-found' ? 404 : failure.code === 'invalid-argument' ? 400 : 500;
      return text(status, failure.message);
    }
  }
}
