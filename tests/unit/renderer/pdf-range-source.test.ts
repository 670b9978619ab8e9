import { describe, expect, it } from 'vitest';
import { PdfFetchError } from '../../../src/renderer/src/pdf/pdf-fetch-error';
import { readFirstChunk, readRange, type FetchLike } from '../../../src/renderer/src/pdf/range-source';

const bytes = Uint8Array.from({ length: 1000 }, (_, n) => n % 251);

/** A server that answers every request the same way, remembering the Range asked for. */
function answering(answer: () => Response): { fetch: FetchLike; asked: (string | undefined)[] } {
  const asked: (string | undefined)[] = [];
  const fetch: FetchLike = async (_url, init) => {
    asked.push(init.headers.Range);
    return answer();
  };
  return { fetch, asked };
}

const partial = (start: number, end: number, length = bytes.length) =>
  new Response(bytes.slice(start, end + 1), { status: 206, headers: { 'Content-Range': `bytes ${start}-${end}/${length}` } });

describe('reading the start of a PDF', () => {
  it('learns the length from the first chunk of a larger file', async () => {
    const server = answering(() => partial(0, 255));
    const first = await readFirstChunk(server.fetch, '/files/d/0', 256);
    expect(server.asked).toEqual(['bytes=0-255']);
    expect(first).toEqual({ whole: false, initialData: bytes.slice(0, 256), length: 1000 });
  });

  it('takes a file smaller than a chunk whole', async () => {
    const first = await readFirstChunk(answering(() => partial(0, 999)).fetch, '/files/d/0', 4096);
    expect(first).toEqual({ whole: true, data: bytes });
  });

  it('takes the whole body from a server that ignores Range', async () => {
    const first = await readFirstChunk(answering(() => new Response(bytes)).fetch, '/files/d/0', 256);
    expect(first).toEqual({ whole: true, data: bytes });
  });

  it('says the status and the server’s message when the file cannot be read', async () => {
    const failing = answering(() => new Response('no such document', { status: 404, statusText: 'Not Found' }));
    const error = await readFirstChunk(failing.fetch, '/files/d/0', 256).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfFetchError);
    expect(error).toMatchObject({ status: 404, serverMessage: 'no such document', message: '/files/d/0: HTTP 404 (no such document)' });
    const silent = await readFirstChunk(answering(() => new Response(null, { status: 503, statusText: 'Busy' })).fetch, '/f', 256).catch((caught: unknown) => caught);
    expect(silent).toMatchObject({ status: 503, serverMessage: 'Busy' });
  });

  it('refuses a partial answer without a usable Content-Range', async () => {
    const noLength = () => new Response(bytes.slice(0, 256), { status: 206, headers: { 'Content-Range': 'bytes 0-255/*' } });
    await expect(readFirstChunk(answering(noLength).fetch, '/f', 256)).rejects.toThrow('did not answer with bytes 0-255');
  });
});

describe('reading a range', () => {
  it('asks for [begin, end) and returns exactly those bytes', async () => {
    const server = answering(() => partial(256, 511));
    expect(await readRange(server.fetch, '/f', 256, 512)).toEqual(bytes.slice(256, 512));
    expect(server.asked).toEqual(['bytes=256-511']);
  });

  it('refuses other bytes than those asked for, and a whole file in place of a range', async () => {
    await expect(readRange(answering(() => partial(0, 255)).fetch, '/f', 256, 512)).rejects.toThrow('did not answer with bytes 256-511');
    await expect(readRange(answering(() => new Response(bytes)).fetch, '/f', 256, 512)).rejects.toThrow('did not answer with bytes 256-511');
    const short = () => new Response(bytes.slice(256, 300), { status: 206, headers: { 'Content-Range': 'bytes 256-511/1000' } });
    await expect(readRange(answering(short).fetch, '/f', 256, 512)).rejects.toThrow('did not answer with bytes 256-511');
  });

  it('passes on the server’s error', async () => {
    const failing = answering(() => new Response('the disk is gone', { status: 500 }));
    await expect(readRange(failing.fetch, '/f', 256, 512)).rejects.toMatchObject({ status: 500, serverMessage: 'the disk is gone' });
  });
});
