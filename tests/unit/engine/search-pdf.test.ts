import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { createSearchCalls, type SearchCalls } from '../../../src/main/archive/search/search-calls';
import { SearchQuery } from '../../../src/shared/contract';
import { corpusFile } from '../../support/corpus';
import { importOne, openTestArchive } from '../../support/library';
import { writePdf } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

/** A 1935 newspaper page: a scan with hidden OCR text, from the shared corpus. */
const PAPER = 'newspaper-fixtures/ndnp-1935-sn85058233/1289.pdf';

describe('search: the text layers of PDF pages', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let calls: SearchCalls;
  const library = () => join(dir.path, 'library');
  const open = async () => {
    archive = await openTestArchive(library());
    calls = createSearchCalls({ store: archive.store, events: archive.events }, { log: () => undefined });
  };
  const find = (query: string) => calls.search(SearchQuery.parse({ query }));

  beforeEach(async () => {
    dir = await tempDir();
    await open();
  });
  afterEach(async () => {
    await calls.close();
    await archive.close();
    await dir.cleanup();
  });

  it('finds words of a scanned newspaper’s hidden OCR text, on its page, marked in the snippet', async () => {
    const docId = await importOne(archive, corpusFile(PAPER));
    const result = await find('Brisbane');
    expect(result.groups).toMatchObject([{ docId, hits: [{ docId, page: 0, field: 'pdf-text' }] }]);
    const [hit] = result.groups[0]?.hits ?? [];
    expect(hit?.regionId).toBeUndefined();
    expect(hit?.highlights.map(({ start, end }) => hit.snippet.slice(start, end))).toEqual(['BRISBANE']);
    // Prefix and typo work on page text as on transcriptions.
    expect((await find('housewif')).total).toBe(1);
    expect((await find('Brisbone')).total).toBe(1);
  });

  it('gives each page its own hit, by page index', async () => {
    const docId = await importOne(archive, await writePdf(dir.path, 'three.pdf', [[300, 400], [300, 400], [300, 400]]));
    const result = await find('Page 2');
    expect(result.groups).toMatchObject([{ docId, hits: [{ page: 1, field: 'pdf-text', snippet: 'Page 2' }] }]);
    expect((await find('Page')).total).toBe(3);
  });

  it('reads a PDF once: a rebuilt index takes its text from search/text/', async () => {
    const docId = await importOne(archive, corpusFile(PAPER));
    expect((await find('Brisbane')).total).toBe(1);
    const sha256 = (await archive.service.getDocument({ id: docId })).sources[0]?.sha256 ?? '';
    expect(await readdir(join(library(), 'search', 'text'))).toContain(`${sha256}.json`);
    await calls.close();
    await archive.close();
    // Without its index and without the PDF itself, the page text is still found.
    for (const file of await readdir(join(library(), 'search'))) if (file !== 'text') await rm(join(library(), 'search', file));
    await rm(join(library(), 'files', sha256.slice(0, 2), `${sha256}.pdf`));
    await open();
    expect((await find('Brisbane')).total).toBe(1);
    expect(calls.index.stats).toMatchObject({ rebuilds: 1 });
  });

  it('indexes the rest of a document whose PDF cannot be read, and tries its text again on the next open', async () => {
    const docId = await importOne(archive, await writePdf(dir.path, 'lost.pdf'));
    const sha256 = (await archive.service.getDocument({ id: docId })).sources[0]?.sha256 ?? '';
    await rm(join(library(), 'files', sha256.slice(0, 2), `${sha256}.pdf`));
    expect((await find('lost')).total).toBe(1);
    expect((await find('Page')).total).toBe(0);
    await calls.close();
    await archive.close();
    await open();
    await find('lost');
    expect(calls.index.stats).toMatchObject({ loads: 1, documentsIndexed: 1 });
  });
});
