import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';

export interface FileResponseOptions {
  contentType: string;
  cacheControl: string;
  etag?: string;
  /** Offered to be saved under this name rather than shown (Content-Disposition: attachment). */
  downloadAs?: string;
}

/**
 * Streams a file as a Response, honouring a single `Range: bytes=…` (pdf.js reads large PDFs
 * in ranges) and `If-None-Match`.
 */
export async function fileResponse(request: Request, path: string, options: FileResponseOptions): Promise<Response> {
  const { size } = await stat(path);
  const headers = new Headers({
    'Content-Type': options.contentType,
    'Cache-Control': options.cacheControl,
    'Accept-Ranges': 'bytes',
  });
  if (options.downloadAs !== undefined) headers.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(options.downloadAs)}`);
  if (options.etag) {
    headers.set('ETag', options.etag);
    if (request.headers.get('If-None-Match') === options.etag) return new Response(null, { status: 304, headers });
  }

  const range = parseRange(request.headers.get('Range'), size);
  if (range === 'invalid') {
    headers.set('Content-Range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const [start, end] = range ?? [0, size - 1];
  headers.set('Content-Length', String(size === 0 ? 0 : end - start + 1));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  const status = range ? 206 : 200;
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}

/** null when there is no Range header; [start, end] inclusive; 'invalid' when unsatisfiable. */
export function parseRange(header: string | null, size: number): [number, number] | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  const [, from = '', to = ''] = match;
  let start: number;
  let end: number;
  if (from === '') {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return [start, end];
}
