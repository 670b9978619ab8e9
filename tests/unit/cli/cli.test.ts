import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { cli } from '../../support/cli';
import { tempDir } from '../../support/temp-dir';

describe('the muragat command', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let library: string;
  let scans: string;
  beforeEach(async () => {
    dir = await tempDir();
    library = join(dir.path, 'library');
    scans = join(dir.path, 'scans');
    await mkdir(scans);
  });
  afterEach(() => dir.cleanup());

  it('imports with one JSON result per file, and exits 1 when any file failed', async () => {
    const good = await writePng(scans, 'page.png', 200, 300);
    const run = await cli(['import', '--library', library, '--json', good, join(scans, 'missing.pdf')]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { results: { ok: boolean; docId?: string; error?: { code: string } }[] };
    expect(report.results).toMatchObject([
      { ok: true, path: good, duplicate: false, docId: expect.stringMatching(/^[a-z0-9]+$/) as unknown },
      { ok: false, path: join(scans, 'missing.pdf'), error: { code: 'not-found' } },
    ]);
    expect(run.stderr).toContain('[1/2] page.png');
    expect((await cli(['import', '--library', library, good])).code).toBe(0);
  });

  it('lists documents as one stable JSON document for scripts', async () => {
    await cli(['import', '--library', library, await writePng(scans, 'page.png', 200, 300)]);
    const run = await cli(['list', '--library', library, '--json']);
    expect(run.code).toBe(0);
    const { documents } = JSON.parse(run.stdout) as { documents: unknown[] };
    expect(documents).toMatchObject([{ title: 'page', kind: 'document', pages: [{ width: 200, height: 300 }] }]);
    expect(Object.keys(documents[0] as object)).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'pages']));
  });

  it('check exits 0 only when the library is sound', async () => {
    await cli(['import', '--library', library, await writePng(scans, 'page.png')]);
    expect((await cli(['check', '--library', library])).code).toBe(0);
    await rm(join(library, 'files'), { recursive: true });
    const broken = await cli(['check', '--library', library, '--json']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ sound: false, problems: [{ kind: 'missing-file' }] });
  });

  it('check --repair rebuilds previews the cache lost; plain check only reports them', async () => {
    await cli(['import', '--library', library, await writePng(scans, 'page.png')]);
    await rm(join(library, 'cache'), { recursive: true });
    const warned = await cli(['check', '--library', library, '--json']);
    expect(warned.code).toBe(0);
    expect(JSON.parse(warned.stdout)).toMatchObject({ sound: true, problems: [{ severity: 'warning', kind: 'missing-preview' }] });
    const repaired = await cli(['check', '--library', library, '--repair', '--json']);
    expect(repaired.code).toBe(0);
    expect(JSON.parse(repaired.stdout)).toMatchObject({ sound: true, problems: [], repair: { previewsRebuilt: 1, failures: [] } });
  });

  it('imports the images of a folder as one document, and encrypted PDFs with --password', async () => {
    const folder = join(scans, 'issue-28');
    await mkdir(folder);
    await writePng(folder, 'p1.png');
    await writePng(folder, 'p2.png', 310, 410);
    const grouped = await cli(['import', '--library', library, '--group-folders', '--json', folder]);
    expect(JSON.parse(grouped.stdout)).toMatchObject({ results: [{ ok: true, path: folder }] });
    const encrypted = join(import.meta.dirname, '../../fixtures/encrypted-aes256.pdf');
    const without = await cli(['import', '--library', library, encrypted]);
    expect(without.code).toBe(1);
    expect(without.stdout).toMatch(/needs its password/);
    const withPassword = await cli(['import', '--library', library, '--password', 'alash1918', encrypted]);
    expect(withPassword.code).toBe(0);
    expect(withPassword.stderr).toMatch(/encrypted-aes256\.pdf: page 2 of 2/);
  });

  it('speaks the shell’s language', async () => {
    await cli(['import', '--library', library, await writePng(scans, 'page.png')]);
    expect((await cli(['check', '--library', library], { LANG: 'kk_KZ.UTF-8' })).stdout).toMatch(/^Кітапхана ақаусыз/);
    expect((await cli(['check', '--library', library], { LC_ALL: 'ru_RU.UTF-8' })).stdout).toMatch(/^Библиотека исправна/);
  });

  it('says when the library is held by another process, and refuses to change it', async () => {
    const holder = await openTestArchive(library);
    const run = await cli(['import', '--library', library, await writePng(scans, 'page.png')]);
    await holder.close();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`in use by another Muragat \\(process ${process.pid}`));
    expect(run.stderr).toMatch(/Error \(read-only\)/);
  });

  it('gives a clear error for a folder that is not a library', async () => {
    const run = await cli(['list', '--library', join(dir.path, 'nothing-here'), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'not-found', message: expect.stringMatching(/no library\.json/) as unknown } });
  });

  it.each([
    [['frobnicate']],
    [['import', '--library', '/tmp/x']],
    [['serve', '--port', 'eighty']],
    [['serve', '--port', '70000']],
    [['list', '--no-such-option']],
  ])('exits 2 with usage text for bad arguments: %j', async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^The command is not given right: /);
    expect(run.stderr).toMatch(/Usage: muragat/);
  });

  it('says what is wrong with a command, and its help, in the shell’s language', async () => {
    const kazakh = await cli(['serve', '--port', 'eighty'], { LANG: 'kk_KZ.UTF-8' });
    expect(kazakh.code).toBe(2);
    expect(kazakh.stderr).toMatch(/^Пәрмен дұрыс берілмеген: .*порт — 0-ден 65535-ке дейінгі сан/);
    expect(kazakh.stderr).toContain('Қолданылуы: muragat serve');
    expect(kazakh.stderr).toContain('Опциялар:');
    expect(kazakh.stderr).toContain('(әдепкі: 0)');
    expect(kazakh.stderr).toContain('осы анықтаманы көрсету');
    const russian = await cli(['export', '--help'], { LANG: 'ru_RU.UTF-8' });
    expect(russian.code).toBe(0);
    expect(russian.stdout).toContain('Использование: muragat export');
    expect(russian.stdout).toMatch(/одно из: w3c, iiif, page/);
    // Commander's English is gone, and a flag's default (off) is not shown at all.
    for (const english of ['Usage:', 'Options:', 'display help', 'default:', 'choices:']) expect(russian.stdout).not.toContain(english);
  });

  it('prints help and version with exit code 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'import', 'list', 'check', 'demo', 'info']) expect(help.stdout).toContain(command);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
