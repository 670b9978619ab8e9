import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asBrowserWindow, FakeBrowserWindow } from './fake-electron';
import { tempLibrary, writePng, type TempLibrary } from './temp-library';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { openFilesInApp, scanPathsFromArgv } = await import('../../../src/main/electron/open-files');
const { isAppUrl } = await import('../../../src/main/electron/app-scheme');
const { createTranslator } = await import('../../../src/main/i18n');
const t = createTranslator('en');

let library: TempLibrary;

beforeEach(async () => {
  fake.reset();
  library = await tempLibrary();
});

afterEach(async () => {
  await library.cleanup();
});

describe('scanPathsFromArgv', () => {
  it('keeps existing scan files, resolved against the given folder', async () => {
    await writePng(join(library.scratch, 'a.png'));
    await writeFile(join(library.scratch, 'b.PDF'), '%PDF-1.7');
    expect(scanPathsFromArgv(['a.png', 'b.PDF'], library.scratch)).toEqual([join(library.scratch, 'a.png'), join(library.scratch, 'b.PDF')]);
  });

  it('drops flags, the value of --library, non-scans, folders and missing files', async () => {
    await writePng(join(library.scratch, 'lib.png'));
    await writeFile(join(library.scratch, 'notes.txt'), 'x');
    await mkdir(join(library.scratch, 'folder.png'));
    const argv = ['--library', 'lib.png', '--inspect=9229', '-v', 'notes.txt', 'folder.png', 'missing.png', '--library=lib.png'];
    expect(scanPathsFromArgv(argv, library.scratch)).toEqual([]);
  });
});

describe('openFilesInApp', () => {
  it('imports the files and shows the first imported document, inside the app origin', async () => {
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan);
    const window = new FakeBrowserWindow();
    const results = await openFilesInApp([scan], library.archive, asBrowserWindow(window), t);
    const [first] = results;
    expect(first?.ok).toBe(true);
    expect(window.loadedUrls).toEqual([`muragat://app/index.html#/doc/${first?.ok ? first.docId : ''}/page/1`]);
    expect(window.loadedUrls.every(isAppUrl)).toBe(true);
  });

  it('goes through the contract: a relative or ..-laden path is refused, nothing imported or loaded', async () => {
    const window = new FakeBrowserWindow();
    expect(await openFilesInApp(['scan.png', '/tmp/../etc/passwd'], library.archive, asBrowserWindow(window), t)).toEqual([]);
    expect(window.loadedUrls).toEqual([]);
    expect(await library.archive.service.listDocuments({})).toEqual([]);
  });

  it('loads nothing when every file fails, tells the user which file and why, and does nothing for no files', async () => {
    const window = new FakeBrowserWindow();
    const missing = join(library.scratch, 'missing.png');
    const [failed] = await openFilesInApp([missing], library.archive, asBrowserWindow(window), t);
    expect(failed?.ok).toBe(false);
    expect(fake.dialog.messageBoxes).toMatchObject([
      { type: 'warning', title: 'Some files were not imported', message: 'Imported 0, already present 0, failed 1.', detail: expect.stringContaining(`${missing}: the file does not exist`) as unknown },
    ]);
    expect(await openFilesInApp([], library.archive, asBrowserWindow(window), t)).toEqual([]);
    expect(window.loadedUrls).toEqual([]);
  });
});
