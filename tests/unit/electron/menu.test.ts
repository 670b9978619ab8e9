import type { MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../../src/shared/i18n/languages';
import { asBrowserWindow, FakeBrowserWindow } from './fake-electron';
import { tempLibrary, writePng, type TempLibrary } from './temp-library';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { menuTemplate } = await import('../../../src/main/electron/menu');
const { importWithDialog } = await import('../../../src/main/electron/import-dialog');
const { chooseLibraryDir } = await import('../../../src/main/electron/library-location');
const { createTranslator } = await import('../../../src/main/i18n');

/** Every item of a template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const noActions = { importFiles: () => undefined };

describe('menuTemplate', () => {
  it.each(LANGUAGES)('every label in %s comes from the catalogue (no raw key shows)', (language) => {
    const t = createTranslator(language);
    for (const mac of [false, true]) {
      const labels = flatten(menuTemplate(t, noActions, { devTools: true, mac }))
        .map((item) => item.label)
        .filter((label) => label !== undefined);
      expect(labels.length).toBeGreaterThan(15);
      for (const label of labels) expect(label).not.toMatch(/^menu\./);
    }
  });

  it('is translated: Kazakh and Russian labels differ from English', () => {
    const labelsIn = (language: (typeof LANGUAGES)[number]) =>
      menuTemplate(createTranslator(language), noActions, { devTools: false, mac: false }).map((item) => item.label);
    expect(labelsIn('en')[0]).toBe('File');
    expect(labelsIn('kk')[0]).toBe('Файл');
    expect(labelsIn('kk')).not.toEqual(labelsIn('en'));
    expect(labelsIn('ru')).not.toEqual(labelsIn('en'));
  });

  it('offers DevTools only when asked', () => {
    const t = createTranslator('en');
    const roles = (devTools: boolean) => flatten(menuTemplate(t, noActions, { devTools, mac: false })).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('File → Import runs the import action; it is the only item with a custom action', () => {
    const importFiles = vi.fn();
    const items = flatten(menuTemplate(createTranslator('en'), { importFiles }, { devTools: false, mac: false }));
    const withClick = items.filter((item) => item.click);
    expect(withClick.map((item) => item.label)).toEqual(['Import Files…']);
    withClick[0]?.click?.(undefined as never, undefined, undefined as never);
    expect(importFiles).toHaveBeenCalledOnce();
  });

  it('on macOS starts with the app menu and closes the window instead of quitting', () => {
    const t = createTranslator('en');
    const mac = menuTemplate(t, noActions, { devTools: false, mac: true });
    expect(mac[0]?.role).toBe('appMenu');
    expect(flatten(mac).map((item) => item.role)).not.toContain('quit');
    const other = menuTemplate(t, noActions, { devTools: false, mac: false });
    expect(other.map((item) => item.role)).not.toContain('appMenu');
    expect(flatten(other).map((item) => item.role)).toContain('quit');
  });
});

describe('importWithDialog', () => {
  let library: TempLibrary;
  const t = createTranslator('en');
  const window = () => asBrowserWindow(new FakeBrowserWindow());

  beforeEach(async () => {
    fake.reset();
    library = await tempLibrary();
  });

  afterEach(async () => {
    await library.cleanup();
  });

  it('asks for scans only, with translated texts', async () => {
    await importWithDialog(window(), library.archive, t);
    const [options] = fake.dialog.openDialogs;
    expect(options?.title).toBe('Import scans');
    expect(options?.properties).toEqual(['openFile', 'multiSelections']);
    expect(options?.filters?.[0]?.extensions).toEqual(expect.arrayContaining(['pdf', 'png', 'jpg', 'tiff']));
  });

  it('does nothing when the dialog is cancelled', async () => {
    fake.dialog.nextOpen = { canceled: true, filePaths: [join(library.scratch, 'x.png')] };
    await importWithDialog(window(), library.archive, t);
    expect(await library.archive.service.listDocuments({})).toEqual([]);
    expect(fake.dialog.messageBoxes).toEqual([]);
  });

  it('imports the picked scans silently when all succeed', async () => {
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan);
    fake.dialog.nextOpen = { canceled: false, filePaths: [scan] };
    await importWithDialog(window(), library.archive, t);
    expect(await library.archive.service.listDocuments({})).toHaveLength(1);
    expect(fake.dialog.messageBoxes).toEqual([]);
  });

  it('reports the files that failed, with their reasons', async () => {
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan);
    const missing = join(library.scratch, 'missing.png');
    fake.dialog.nextOpen = { canceled: false, filePaths: [scan, missing] };
    await importWithDialog(window(), library.archive, t);
    expect(fake.dialog.messageBoxes).toHaveLength(1);
    const [box] = fake.dialog.messageBoxes;
    expect(box?.type).toBe('warning');
    expect(box?.message).toBe('Imported 1, already present 0, failed 1.');
    expect(box?.detail).toContain(missing);
  });

  it('goes through the contract: a path the contract refuses is reported, not imported', async () => {
    fake.dialog.nextOpen = { canceled: false, filePaths: ['relative/scan.png'] };
    await importWithDialog(window(), library.archive, t);
    expect(fake.dialog.messageBoxes[0]?.type).toBe('error');
    expect(fake.dialog.messageBoxes[0]?.message).toContain('path must be absolute');
  });
});

describe('chooseLibraryDir', () => {
  const env = (value?: string): NodeJS.ProcessEnv => (value === undefined ? {} : { MURAGAT_LIBRARY: value });

  it('takes --library DIR and --library=DIR, resolved to absolute paths', () => {
    expect(chooseLibraryDir(['electron', '.', '--library', '/data/lib'], env('/env/lib'), '/user')).toBe('/data/lib');
    expect(chooseLibraryDir(['electron', '.', '--library=/data/lib2'], env('/env/lib'), '/user')).toBe('/data/lib2');
    expect(chooseLibraryDir(['--library', 'rel/lib'], env(), '/user')).toBe(join(process.cwd(), 'rel/lib'));
  });

  it('then $MURAGAT_LIBRARY, then <userData>/library', () => {
    expect(chooseLibraryDir(['electron', '.'], env('/env/lib'), '/user')).toBe('/env/lib');
    expect(chooseLibraryDir(['electron', '.'], env(''), '/user')).toBe(join('/user', 'library'));
    expect(chooseLibraryDir(['electron', '.'], env(), '/user')).toBe(join('/user', 'library'));
  });

  it('ignores a trailing --library with no value', () => {
    expect(chooseLibraryDir(['electron', '.', '--library'], env(), '/user')).toBe(join('/user', 'library'));
  });
});
