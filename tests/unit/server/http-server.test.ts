import { request as httpRequest } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { startHttpServer, type RunningServer } from '../../../src/main/server/http-server';
import { openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

/** A raw request, so tests can send a Host or Origin header that fetch would not let them forge. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((done, fail) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('browser mode server', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let server: RunningServer;
  let scans: string;
  const post = (name: string, args: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(args) });

  beforeAll(async () => {
    dir = await tempDir();
    const renderer = join(dir.path, 'renderer');
    scans = join(dir.path, 'scans');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await mkdir(scans);
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Muragat</title>');
    await writeFile(join(renderer, 'assets', 'app-1234.js'), 'console.log(1)');
    archive = await openTestArchive(join(dir.path, 'library'));
    server = await startHttpServer({ archive, rendererDir: renderer, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await archive.close();
    await dir.cleanup();
  });

  it('listens on 127.0.0.1 only and serves the app with its CSP', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Muragat</title>');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}assets/app-1234.js`)).headers.get('cache-control')).toMatch(/immutable/);
  });

  it('answers contract calls with envelopes and validates them the same way', async () => {
    expect(await (await post('listDocuments', {})).json()).toEqual({ ok: true, value: [] });
    const bad = await post('getDocument', { id: '../../etc/passwd' });
    expect(bad.status).toBe(200);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-argument', issues: [{ path: 'id' }] } });
    expect(await (await post('getDocument', { id: 'ffffffffffffffff' })).json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await (await post('noSuchCall', {})).json()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect((await fetch(`${server.url}api/elsewhere`)).status).toBe(404);
  });

  it('refuses wrong methods, content types, malformed and oversized bodies', async () => {
    expect((await fetch(`${server.url}api/call/listDocuments`)).status).toBe(405);
    expect((await fetch(`${server.url}api/call/listDocuments`, { method: 'POST', body: '{}' })).status).toBe(415);
    const malformed = await fetch(`${server.url}api/call/listDocuments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":' });
    expect(malformed.status).toBe(400);
    const huge = await fetch(`${server.url}api/call/listDocuments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `"${'x'.repeat(9 * 1024 * 1024)}"` });
    expect(huge.status).toBe(413);
    expect((await fetch(`${server.url}index.html`, { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses other hosts (DNS rebinding) and other origins (CSRF)', async () => {
    const rebinding = await raw(`${server.url}api/call/listDocuments`, { method: 'POST', headers: { Host: 'evil.example', 'Content-Type': 'application/json' }, body: '{}' });
    expect(rebinding.status).toBe(421);
    const csrf = await raw(`${server.url}api/call/importFiles`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: ['/etc/hostname'] }),
    });
    expect(csrf.status).toBe(403);
    expect(csrf.body).toContain('forbidden');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../library/library.json', '/%2e%2e/library/library.json', '/..%2flibrary%2flibrary.json', '/assets/%2e%2e/%2e%2e/library/library.json', '/%00index.html']) {
      const response = await raw(`${server.url.slice(0, -1)}${path}`, {});
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('schemaVersion');
    }
  });

  it('streams events and serves scans by id with ranges', async () => {
    const events = await fetch(`${server.url}api/events`);
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const png = await writePng(scans, 'page.png');
    const imported = (await (await post('importFiles', { paths: [png] })).json()) as { value: [{ docId: string }] };
    const docId = imported.value[0].docId;
    let stream = '';
    while (!stream.includes('event: libraryChanged')) {
      const { value } = await reader.read();
      stream += new TextDecoder().decode(value);
    }
    expect(stream).toContain(`"docIds":["${docId}"]`);
    await reader.cancel();

    const bytes = await readFile(png);
    const whole = await fetch(`${server.url}files/${docId}/0`);
    expect(whole.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await fetch(`${server.url}files/${docId}/0`, { headers: { Range: 'bytes=8-15' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 8-15/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(8, 16))).toBe(true);
    expect((await fetch(`${server.url}files/${docId}/0`, { headers: { Range: 'bytes=99999999-' } })).status).toBe(416);
    expect((await fetch(`${server.url}files/..%2F..%2Fetc/0`)).status).toBe(400);
    expect((await fetch(`${server.url}files/${docId}/9`)).status).toBe(404);
  });

  it('takes files from a browser as uploads, then imports them by upload id', async () => {
    const png = await readFile(await writePng(scans, 'from-browser.png', 222, 333));
    const send = (headers: Record<string, string>, body: Uint8Array | string = png) => fetch(`${server.url}api/upload`, { method: 'POST', headers, body });
    const uploaded = (await (await send({ 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent('Сарыарқа № 28.png') })).json()) as {
      ok: boolean;
      value: { uploadId: string };
    };
    expect(uploaded).toMatchObject({ ok: true, value: { uploadId: expect.stringMatching(/^up-[0-9a-f]{16}$/) as unknown } });
    expect((await send({ 'Content-Type': 'text/plain', 'X-File-Name': 'a.png' })).status).toBe(415);
    expect((await send({ 'Content-Type': 'application/octet-stream' })).status).toBe(400);
    expect((await fetch(`${server.url}api/upload`)).status).toBe(405);

    const results = (await (await post('importFiles', { uploads: [uploaded.value.uploadId] })).json()) as { value: { ok: boolean; path: string; docId: string }[] };
    expect(results.value).toMatchObject([{ ok: true, path: 'Сарыарқа № 28.png' }]);
    const doc = (await (await post('getDocument', { id: results.value[0]?.docId })).json()) as { value: { title: string; pages: { width: number }[] } };
    expect(doc.value).toMatchObject({ title: 'Сарыарқа № 28', pages: [{ width: 222 }] });
    // Imported uploads are gone: naming one again is an error, not a second import.
    expect(await (await post('importFiles', { uploads: [uploaded.value.uploadId] })).json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('makes one document of a browser’s folder of uploads, titled as the request says', async () => {
    const upload = async (name: string, width: number) => {
      const body = await readFile(await writePng(scans, name, width, 400));
      const answer = (await (
        await fetch(`${server.url}api/upload`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': name }, body })
      ).json()) as { value: { uploadId: string } };
      return answer.value.uploadId;
    };
    const uploads = [await upload('p1.png', 301), await upload('p2.png', 302)];
    const imported = (await (await post('importFiles', { uploads, grouping: 'folder', title: '«Қазақ» № 255' })).json()) as { value: { docId: string }[] };
    const doc = (await (await post('getDocument', { id: imported.value[0]?.docId })).json()) as { value: { title: string; pages: { width: number }[] } };
    expect(doc.value.title).toBe('«Қазақ» № 255');
    expect(doc.value.pages.map((p) => p.width)).toEqual([301, 302]);
  });

  it('refuses changes when serving read-only', async () => {
    const readOnly = await startHttpServer({ archive, rendererDir: join(dir.path, 'renderer'), port: 0, readOnly: true });
    const response = await fetch(`${readOnly.url}api/call/importFiles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ paths: ['/etc/hostname'] }) });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'read-only' } });
    const upload = await fetch(`${readOnly.url}api/upload`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.png' }, body: 'x' });
    expect(upload.status).toBe(403);
    await readOnly.close();
  });
});
