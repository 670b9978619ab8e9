import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { MuragatError, type Envelope } from '../../shared/rpc/errors';
import type { Archive } from '../archive/archive';
import { dispatch, type Caller } from '../archive/service/dispatch';
import { toMuragatError } from '../archive/to-muragat-error';
import type { FetchHandler } from '../web/app-handler';

/** Largest request body accepted: a long list of paths, never a file's content. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

const json = (envelope: Envelope, status = 200) =>
  new Response(JSON.stringify(envelope), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });

const refuse = (status: number, error: MuragatError) => json({ ok: false, error: error.toPayload() }, status);

/**
 * The contract over HTTP: POST /api/call/<name> with the arguments as JSON, answered 200 with an
 * envelope; GET /api/events streams the service's events (Server-Sent Events).
 */
export function createApiHandler(archive: Archive, caller: Caller): FetchHandler {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/events' && request.method === 'GET') return eventStream(archive, request.signal);
    if (pathname === '/api/upload') return upload(request);
    const call = /^\/api\/call\/([A-Za-z]{1,64})$/.exec(pathname);
    if (!call) return refuse(404, new MuragatError('not-found', `No API route ${pathname.slice(0, 100)}`));
    if (request.method !== 'POST') return refuse(405, new MuragatError('invalid-argument', 'Calls are made with POST.'));
    if (!request.headers.get('Content-Type')?.startsWith('application/json')) {
      return refuse(415, new MuragatError('invalid-argument', 'Calls carry their arguments as application/json.'));
    }
    const body = await readBody(request);
    if (body === null) {
      const response = refuse(413, new MuragatError('invalid-argument', `The request is larger than ${MAX_BODY_BYTES} bytes.`));
      // The rest of the body was never read: this connection cannot carry another request.
      response.headers.set('Connection', 'close');
      return response;
    }
    let args: unknown;
    try {
      args = body.length ? (JSON.parse(body) as unknown) : {};
    } catch {
      return refuse(400, new MuragatError('invalid-argument', 'The request body is not valid JSON.'));
    }
    // The call was carried: its outcome, success or typed error, is in the envelope. HTTP error
    // statuses are kept for requests that are not calls at all, so a browser console stays
    // quiet about answers such as "no such document".
    return json(await dispatch(archive.service, call[1] ?? '', args, caller));
  };

  /**
   * Browser mode's way in for files (a browser has no paths on this disk): the raw bytes as
   * application/octet-stream, the name in X-File-Name; answered with an upload id for importFiles.
   */
  async function upload(request: Request): Promise<Response> {
    if (request.method !== 'POST') return refuse(405, new MuragatError('invalid-argument', 'Uploads are made with POST.'));
    if (!caller.mayWrite) return refuse(403, new MuragatError('read-only', 'This connection is read-only: nothing can be uploaded.'));
    if (request.headers.get('Content-Type') !== 'application/octet-stream' || !request.body) {
      return refuse(415, new MuragatError('invalid-argument', 'An upload carries the file as application/octet-stream.'));
    }
    let name: string;
    try {
      name = decodeURIComponent(request.headers.get('X-File-Name') ?? '');
    } catch {
      name = '';
    }
    if (!name) return refuse(400, new MuragatError('invalid-argument', 'An upload names its file in the X-File-Name header.'));
    try {
      return json({ ok: true, value: { uploadId: await archive.acceptUpload(name, request.body as WebReadableStream<Uint8Array>) } });
    } catch (error) {
      return json({ ok: false, error: toMuragatError(error).toPayload() });
    }
  }
}

/** The body as text, or null when it is larger than MAX_BODY_BYTES (reading stops there). */
async function readBody(request: Request): Promise<string | null> {
  if (!request.body) return '';
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function eventStream(archive: Archive, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let stop: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const unsubscribe = archive.events.subscribe((name, payload) => send(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`));
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      });
      send(': connected\n\n');
    },
    cancel: () => stop(),
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' },
  });
}
