import { readFirstChunk, readRange, type FetchLike } from './range-source';
import { RangeTransport } from './range-transport';

/** What getDocument is given: the bytes of a file read whole, or a transport that fetches ranges on demand. */
export type PdfSourceParams =
  | { data: Uint8Array }
  | { range: RangeTransport; rangeChunkSize: number; disableAutoFetch: true; disableStream: true };

export interface PdfSource {
  params: PdfSourceParams;
  /** Present when the file is read in ranges. */
  transport: RangeTransport | undefined;
}

/**
 * Reads a PDF's first chunk, and from it decides how pdf.js reads the rest: a file no larger
 * than a chunk (or a server that answers with the whole file) is handed over whole; a larger
 * one is read only where pdf.js needs it, never all of it in the background.
 */
export async function openPdfSource(fetch: FetchLike, url: string, chunkSize: number, signal?: AbortSignal): Promise<PdfSource> {
  const first = await readFirstChunk(fetch, url, chunkSize, signal);
  if (first.whole) return { params: { data: first.data }, transport: undefined };
  const transport = new RangeTransport(first.length, first.initialData, (begin, end, stop) => readRange(fetch, url, begin, end, stop));
  return {
    params: { range: transport, rangeChunkSize: chunkSize, disableAutoFetch: true, disableStream: true },
    transport,
  };
}
