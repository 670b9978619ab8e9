import { parseContentRange } from './content-range';
import { pdfFetchError } from './pdf-fetch-error';

/** The part of `fetch` used here, so tests can serve ranges without a network. */
export type FetchLike = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

/** The start of a PDF: all of it (a small file, or a server that ignores Range), or its first chunk and full length. */
export type FirstRead = { whole: true; data: Uint8Array } | { whole: false; initialData: Uint8Array; length: number };

/** Asks for the first `chunkSize` bytes; the answer's Content-Range tells the file's length. */
export async function readFirstChunk(fetch: FetchLike, url: string, chunkSize: number, signal?: AbortSignal): Promise<FirstRead> {
  const response = await fetchRange(fetch, url, 0, chunkSize, signal);
  if (response.status === 200) return { whole: true, data: await bytesOf(response) };
  const range = parseContentRange(response.headers.get('Content-Range'));
  if (response.status !== 206 || range?.start !== 0) return refuse(response, url, 0, chunkSize);
  const data = await bytesOf(response);
  if (data.length !== range.end + 1) throw unusableAnswer(url, 0, chunkSize);
  return range.length === data.length ? { whole: true, data } : { whole: false, initialData: data, length: range.length };
}

/** Fetches bytes [begin, end) exactly; anything else the server sends is an error, never data. */
export async function readRange(fetch: FetchLike, url: string, begin: number, end: number, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetchRange(fetch, url, begin, end, signal);
  const range = parseContentRange(response.headers.get('Content-Range'));
  if (response.status !== 206 || range?.start !== begin || range.end !== end - 1) return refuse(response, url, begin, end);
  const data = await bytesOf(response);
  if (data.length !== end - begin) throw unusableAnswer(url, begin, end);
  return data;
}

async function fetchRange(fetch: FetchLike, url: string, begin: number, end: number, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(url, { headers: { Range: `bytes=${begin}-${end - 1}` }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw await pdfFetchError(url, response);
  return response;
}

/** The body is cancelled, not left streaming: a server ignoring Range would send the whole file. */
async function refuse(response: Response, url: string, begin: number, end: number): Promise<never> {
  await response.body?.cancel().catch(() => undefined);
  throw unusableAnswer(url, begin, end);
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

function unusableAnswer(url: string, begin: number, end: number): Error {
  return new Error(`${url}: the server did not answer with bytes ${begin}-${end - 1}`);
}
