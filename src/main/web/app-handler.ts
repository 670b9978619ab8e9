import { DocId } from '../../shared/domain/ids';
import { MuragatError } from '../../shared/rpc/errors';
import type { Archive } from '../archive/archive';
import { toMuragatError } from '../archive/to-muragat-error';
import { CONTENT_TYPE_OF_FORMAT } from './content-types';
import { fileResponse } from './file-response';
import { withSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface AppHandlerOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  archive: Archive;
}

const SOURCE_ROUTE = /^\/files\/([^/]+)\/(\d{1,5})$/;

/**
 * The Fetch-style handler shared by Electron's protocol.handle and the browser-mode server:
 * the renderer's files and scans by document id, every response with the app's CSP.
 */
export function createAppHandler({ rendererDir, archive }: AppHandlerOptions): FetchHandler {
  return async (request) => withSecurityHeaders(await route(request));

  async function route(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const { pathname } = new URL(request.url);
    const source = SOURCE_ROUTE.exec(pathname);
    if (source) return serveSource(request, source[1] ?? '', Number(source[2]));
    return (await serveStatic(rendererDir, request, pathname)) ?? new Response('Not found', { status: 404 });
  }

  async function serveSource(request: Request, rawDocId: string, index: number): Promise<Response> {
    try {
      const docId = DocId.safeParse(rawDocId);
      if (!docId.success) throw new MuragatError('invalid-argument', 'not a document id');
      const file = archive.resolveSource(docId.data, index);
      return await fileResponse(request, file.path, {
        contentType: CONTENT_TYPE_OF_FORMAT[file.format],
        cacheControl: 'private, no-cache',
        etag: `"${file.sha256}"`,
      });
    } catch (error) {
      const failure = toMuragatError(error);
      const status = failure.code === 'not-found' ? 404 : failure.code === 'invalid-argument' ? 400 : 500;
      return new Response(failure.message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
  }
}
