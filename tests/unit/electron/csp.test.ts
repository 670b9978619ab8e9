import { importRequest } from '../../support/library';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandler, type FetchHandler } from '../../../src/main/web/app-handler';
import { resolveStaticPath } from '../../../src/main/web/static-files';
import { tempLibrary, writePng, type TempLibrary } from './temp-library';

/**
 * The Fetch handler behind both protocol.handle('muragat') and the browser-mode server: every
 * answer carries the CSP, and no URL reaches a file outside the renderer or the library.
 */

const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/index-abc.js"></script></head><body></body></html>';

let library: TempLibrary;
let rendererDir: string;
let handler: FetchHandler;
let docId: string;
let scan: Buffer;

beforeAll(async () => {
  library = await tempLibrary();
  // scratch/ holds the renderer and, beside it, files that must never be served.
  rendererDir = join(library.scratch, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app");');
  await writeFile(join(library.scratch, 'package.json'), JSON.stringify({ name: SECRET }));
  await writeFile(join(library.scratch, 'secret.txt'), SECRET);

  const scanPath = join(library.scratch, 'scan.png');
  scan = await writePng(scanPath, 50, 40);
  const [result] = await library.archive.service.importFiles(importRequest({ paths: [scanPath] }));
  if (!result?.ok) throw new Error('the test scan was not imported');
  docId = result.docId;
  handler = createAppHandler({ rendererDir, archive: library.archive });
});

afterAll(async () => {
  await library.cleanup();
});

const get = (path: string, init?: RequestInit, base = 'muragat://app') => handler(new Request(`${base}${path}`, init));

/** The CSP as directive → sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('Content-Security-Policy');
  expect(header, 'every response carries a Content-Security-Policy header').toBeTruthy();
  const policy = new Map<string, string[]>();
  for (const directive of (header ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What DESIGN.md asks of the policy; every clause here would fail if the policy were loosened. */
function expectAppPolicy(response: Response): void {
  const policy = policyOf(response);
  const everySource = [...policy.values()].flat();
  expect(everySource).not.toContain("'unsafe-eval'");
  expect(everySource).not.toContain("'unsafe-inline'");
  expect(everySource).not.toContain("'unsafe-hashes'");
  // Nothing from another origin: no wildcard, no scheme-wide or host sources.
  for (const source of everySource) {
    expect(source).not.toMatch(/^\*|^https?:|^wss?:|^file:|:\/\//);
  }
  expect(policy.get('default-src')).toEqual(["'none'"]);
  // pdf.js compiles its wasm decoders: 'wasm-unsafe-eval', and nothing looser, in script-src.
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  // And the browser must not second-guess content types (a scan served as a script).
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('the Content-Security-Policy header', () => {
  const cases: [string, () => Promise<Response>, number][] = [
    ['the index page', () => get('/'), 200],
    ['index.html by name', () => get('/index.html'), 200],
    ['a script asset', () => get('/assets/index-abc.js'), 200],
    ['HEAD of the index page', () => get('/index.html', { method: 'HEAD' }), 200],
    ['a missing file', () => get('/nope.js'), 404],
    ['a folder', () => get('/assets'), 404],
    ['a POST', () => get('/index.html', { method: 'POST', body: 'x' }), 405],
    ['a PUT to a scan', () => get(`/files/${docId}/0`, { method: 'PUT', body: 'x' }), 405],
    ['a scan', () => get(`/files/${docId}/0`), 200],
    ['a scan range', () => get(`/files/${docId}/0`, { headers: { Range: 'bytes=0-7' } }), 206],
    ['an unsatisfiable range', () => get(`/files/${docId}/0`, { headers: { Range: `bytes=${scan.length}-` } }), 416],
    ['a revalidated scan', () => get(`/files/${docId}/0`, { headers: { 'If-None-Match': `"${sha256Of()}"` } }), 304],
    ['a malformed document id', () => get('/files/NOT_AN_ID/0'), 400],
    ['an unknown document', () => get('/files/nosuchdoc/0'), 404],
    ['a source the document does not have', () => get(`/files/${docId}/7`), 404],
    ['a traversal attempt', () => get('/..%2fpackage.json'), 404],
    ['the browser-mode origin', () => get('/', undefined, 'http://127.0.0.1:7777'), 200],
  ];

  it.each(cases)('is on %s, and is the app policy', async (_label, fetchIt, status) => {
    const response = await fetchIt();
    expect(response.status).toBe(status);
    expectAppPolicy(response);
  });

  it('serves the index page as HTML from the renderer folder', async () => {
    const response = await get('/');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX_HTML);
  });
});

/** The managed copy's sha256, as the catalog records it (it is the scan's ETag). */
function sha256Of(): string {
  const doc = library.archive.store.catalog().documents.find((d) => d.id === docId);
  return doc?.sources[0]?.sha256 ?? '';
}

describe('paths that try to leave the renderer folder', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/.%2e/package.json',
    '/%2E%2E/secret.txt',
    '/..%2fpackage.json',
    '/..%2Fsecret.txt',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/assets/..%2f..%2fpackage.json',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e/package.json',
    '/..%00/package.json',
    '/secret.txt%00.html',
    '//etc/passwd',
    '/etc/passwd',
    '/files/../../etc/passwd',
    '/files/..%2F..%2Fetc/1',
    '/files/..%2F..%2Flibrary/0',
    `/files/${'..%2F'.repeat(8)}etc/0`,
    '/files/%2e%2e/0',
    '/library/library.json',
    '/..%2flibrary%2flibrary.json',
    '/%',
    '/%E0%A4%A',
  ])('%s gets 404/400, never a file from outside', async (path) => {
    for (const base of ['muragat://app', 'http://127.0.0.1:7777']) {
      const response = await get(path, undefined, base);
      expect([400, 404]).toContain(response.status);
      const body = await response.text();
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain('root:');
      expect(body).not.toContain('libraryId');
      expectAppPolicy(response);
    }
  });

  it('the path resolver itself refuses raw dot segments (the URL parser is not the only guard)', () => {
    for (const pathname of ['/../package.json', '/assets/../../package.json', '/./index.html', '/a/..', '/..', '/x\\..\\y', '/x\0']) {
      expect(resolveStaticPath(rendererDir, pathname)).toBeNull();
    }
    const inside = resolveStaticPath(rendererDir, '/assets/index-abc.js');
    expect(inside?.startsWith(rendererDir + sep)).toBe(true);
  });
});

describe('scan files by document id', () => {
  it('serves the whole scan with its type and ETag', async () => {
    const response = await get(`/files/${docId}/0`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(response.headers.get('ETag')).toBe(`"${sha256Of()}"`);
    expect(Buffer.from(await response.arrayBuffer()).equals(scan)).toBe(true);
  });

  it('answers a range with 206 and exactly those bytes', async () => {
    const response = await get(`/files/${docId}/0`, { headers: { Range: 'bytes=0-7' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe(`bytes 0-7/${scan.length}`);
    expect(response.headers.get('Content-Length')).toBe('8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(scan.subarray(0, 8))).toBe(true);
    // The PNG signature: the range really is the start of the stored scan.
    expect([...bytes]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('answers a middle range and a suffix range', async () => {
    const middle = await get(`/files/${docId}/0`, { headers: { Range: 'bytes=10-29' } });
    expect(middle.status).toBe(206);
    expect(Buffer.from(await middle.arrayBuffer()).equals(scan.subarray(10, 30))).toBe(true);

    const suffix = await get(`/files/${docId}/0`, { headers: { Range: 'bytes=-12' } });
    expect(suffix.status).toBe(206);
    expect(suffix.headers.get('Content-Range')).toBe(`bytes ${scan.length - 12}-${scan.length - 1}/${scan.length}`);
    // The IEND chunk ends every PNG.
    expect(Buffer.from(await suffix.arrayBuffer()).equals(scan.subarray(scan.length - 12))).toBe(true);
  });

  it('refuses an unsatisfiable range with 416 and the size', async () => {
    const response = await get(`/files/${docId}/0`, { headers: { Range: `bytes=${scan.length + 10}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('Content-Range')).toBe(`bytes */${scan.length}`);
  });
});
