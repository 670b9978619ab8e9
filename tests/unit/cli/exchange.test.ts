import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveRegionsRequest } from '../../../src/shared/contract';
import { corpusFile } from '../../support/corpus';
import { openTestArchive } from '../../support/library';
import { cli } from '../../support/cli';
import { tempDir } from '../../support/temp-dir';
import { validatePageXml } from '../../support/validate-xml';

interface Listed {
  id: string;
  kind: string;
}

describe('muragat export, import-annotations, export-bundle and import-bundle', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let library: string;
  let newspaper: string;

  beforeEach(async () => {
    dir = await tempDir();
    library = join(dir.path, 'library');
    expect((await cli(['demo', '--library', library])).code).toBe(0);
    const listed = JSON.parse((await cli(['list', '--library', library, '--json'])).stdout) as { documents: Listed[] };
    newspaper = listed.documents.find((d) => d.kind === 'newspaper-issue')?.id ?? '';
  });
  afterEach(() => dir.cleanup());

  it('writes PAGE XML of a two-page issue as a folder of valid files, and text in the 2021 Latin alphabet', async () => {
    const out = join(dir.path, 'page');
    const run = await cli(['export', '--library', library, '--doc', newspaper, '--format', 'page', '--out', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { files: string[] }).files).toEqual([join(out, `${newspaper}-p0001.page.xml`), join(out, `${newspaper}-p0002.page.xml`)]);
    for (const name of await readdir(out)) expect(validatePageXml(await readFile(join(out, name), 'utf8')), name).toBe('');

    const text = join(dir.path, 'issue.txt');
    expect((await cli(['export', '--library', library, '--doc', newspaper, '--format', 'txt', '--text-script', 'latin-2021', '--out', text])).code).toBe(0);
    const latin = await readFile(text, 'utf8');
    // The demo's regions: the masthead «САРЫАРҚА» and «ұлттық бірлік».
    expect(latin).toContain('SARYARQA');
    expect(latin).toContain('ūlttyq bırlık');
    expect(latin).not.toMatch(/\p{Script=Cyrillic}{3}/u);
  });

  it('counts the pages of a long export on stderr and writes every file', async () => {
    const archive = await openTestArchive(library);
    const text = 'Алаш автономиясы құрылды, Алашорда үкіметі сайланды. '.repeat(40);
    const changes = Array.from({ length: 1500 }, (_, n) => ({
      op: 'put' as const,
      id: `long-${String(n).padStart(5, '0')}`,
      baseRevision: 0,
      content: { page: n % 2, kind: 'text' as const, order: 100 + n, status: 'draft' as const, shape: { type: 'rect' as const, x: 20, y: 20, width: 100, height: 40 }, text },
    }));
    try {
      expect((await archive.service.saveRegions(SaveRegionsRequest.parse({ docId: newspaper, author: 'Айгүл', changes }))).ok).toBe(true);
    } finally {
      await archive.close();
    }
    const out = join(dir.path, 'alto');
    const run = await cli(['export', '--library', library, '--doc', newspaper, '--format', 'alto', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^ {2}page [12] of 2$/m);
    expect(await readdir(out)).toHaveLength(2);
  });

  it('leaves no half-written file when a file cannot take its name', async () => {
    const out = join(dir.path, 'page');
    // A folder where the first page's file should go: its rename fails.
    await mkdir(join(out, `${newspaper}-p0001.page.xml`), { recursive: true });
    await writeFile(join(out, `${newspaper}-p0001.page.xml`, 'keep.txt'), 'mine');
    const run = await cli(['export', '--library', library, '--doc', newspaper, '--format', 'page', '--out', out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/p0001\.page\.xml/);
    expect((await readdir(out)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(await readFile(join(out, `${newspaper}-p0001.page.xml`, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('refuses an unknown format and a missing document clearly', async () => {
    const format = await cli(['export', '--library', library, '--doc', newspaper, '--format', 'docx', '--out', join(dir.path, 'x')]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/Allowed choices are w3c, iiif, page, alto, tei, txt, csv, citations/);
    const missing = await cli(['export', '--library', library, '--doc', 'nope-0000', '--format', 'tei', '--out', join(dir.path, 'x')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not-found.*no document with id nope-0000/);
  });

  it('reads a corpus PAGE file onto the page asked for and reports what it skipped', async () => {
    const run = await cli(['import-annotations', '--library', library, '--doc', newspaper, '--page', '2', '--json', corpusFile('ocrd-assets/kant_aufklaerung_1784/PAGE_0017_PAGE.xml')]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { format: string; pages: { page: number; added: string[]; skipped: { what: string }[] }[] };
    expect(report.format).toBe('page-xml');
    expect(report.pages[0]?.page).toBe(1);
    expect(report.pages[0]?.added).toHaveLength(11);
    expect(report.pages[0]?.skipped.map((s) => s.what)).toEqual(['SeparatorRegion r_3', 'SeparatorRegion Separator_1475146243208_1']);
    const broken = join(dir.path, 'broken.xml');
    await writeFile(broken, '<PcGts><Page');
    const bad = await cli(['import-annotations', '--library', library, '--doc', newspaper, broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not well-formed XML/);
  });

  it('carries a document to another library in a bundle, and refuses a truncated one', async () => {
    const bundle = join(dir.path, 'issue.zip');
    const made = await cli(['export-bundle', '--library', library, '--doc', newspaper, '--out', bundle, '--json']);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ name: 'issue.zip', documents: 1, path: bundle });
    const other = join(dir.path, 'other');
    const merged = await cli(['import-bundle', '--library', other, '--json', bundle]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ added: [{ docId: newspaper }], conflicts: [], problems: [] });
    expect((await cli(['check', '--library', other])).code).toBe(0);

    const truncated = join(dir.path, 'truncated.zip');
    const bytes = await readFile(bundle);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = (await stat(join(other, 'library.json'))).mtimeMs;
    const refused = await cli(['import-bundle', '--library', other, truncated]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/corrupt/);
    expect((await stat(join(other, 'library.json'))).mtimeMs).toBe(before);
  });
});
