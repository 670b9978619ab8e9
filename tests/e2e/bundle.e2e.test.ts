import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { runCli, serveLibrary, type ServedLibrary } from './harness/serve';

interface StoredRegion {
  id: string;
  page: number;
  text: string;
  revision: number;
  shape: unknown;
  kind: string;
  order: number;
  status: string;
}

/** Reading-room terminal B works on a copy of library A; a bundle carries B's work back, and the region both edited is settled by hand. */
describe('transfer bundles between two libraries', () => {
  const journey = libraryJourney(async (library) => {
    const demo = await runCli(['demo', '--library', library]);
    expect(demo.code, demo.stderr).toBe(0);
  });
  let other: ServedLibrary;
  let otherLibrary = '';

  const callOn = async <T>(url: string, name: string, args: unknown): Promise<T> => {
    const response = await fetch(`${url}api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
    const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message ?? 'failed'}`);
    return envelope.value as T;
  };
  const regionsOf = async (url: string, docId: string) => (await callOn<{ regions: StoredRegion[] }>(url, 'getAnnotations', { docId })).regions;
  const edit = async (url: string, docId: string, region: StoredRegion, text: string, author: string) => {
    const { shape, kind, order, status, page } = region;
    const saved = await callOn<{ ok: boolean }>(url, 'saveRegions', { docId, author, changes: [{ op: 'put', id: region.id, baseRevision: region.revision, content: { page, shape, kind, order, status, text } }] });
    expect(saved.ok).toBe(true);
  };

  beforeAll(async () => {
    // Terminal B starts from a copy of A, so both know the same documents and regions.
    otherLibrary = join(journey.dir(), 'terminal-b');
    await cp(journey.library(), otherLibrary, { recursive: true, filter: (path) => !path.endsWith('library.lock') });
    other = await serveLibrary(otherLibrary);
  });
  afterAll(async () => {
    await other.stop();
  });

  it('merges B’s work into A: a new region taken, the region both edited set aside until the archivist keeps B’s version', async () => {
    const { newspaper } = await demoIds(journey);
    const [region] = await regionsOf(journey.served().url, newspaper);
    if (!region) throw new Error('the demo newspaper has no region');
    // Both terminals edit the same region; B also transcribes a new one.
    await edit(journey.served().url, newspaper, region, 'САРЫАРҚА (А терминалы)', 'Айгүл');
    await edit(other.url, newspaper, region, 'САРЫАРҚА (Б терминалы)', 'Болат');
    const added = { ...region, id: 'r-from-terminal-b', revision: 0, order: 90, text: 'Б терминалы қосқан аймақ' };
    await edit(other.url, newspaper, added, added.text, 'Болат');

    // B packs the issue; A's archivist imports it from the library view.
    const made = await callOn<{ url: string; name: string }>(other.url, 'exportBundle', { docIds: [newspaper] });
    const bundle = join(journey.dir(), made.name);
    const response = await fetch(new URL(made.url, other.url));
    expect(response.headers.get('content-disposition')).toContain('attachment');
    await writeFile(bundle, Buffer.from(await response.arrayBuffer()));

    const page = await journey.open('#/');
    await page.getByTestId('bundle-import-open').click();
    await page.getByTestId('bundle-file').setInputFiles(bundle);
    await page.getByTestId('bundle-import-run').click();
    const report = page.getByTestId('bundle-report');
    await report.waitFor();
    expect(await report.getByTestId('bundle-merged').textContent()).toContain('regions added: 1, updated: 0, edited on both sides: 1');
    await expect.poll(() => report.getByTestId('bundle-conflicts').textContent()).toContain('1 region edited on both sides');
    await screenshot(page, 'bundle-import-report');

    // Nothing of A's was overwritten; B's new region is in.
    const merged = await regionsOf(journey.served().url, newspaper);
    expect(merged.find((r) => r.id === region.id)?.text).toBe('САРЫАРҚА (А терминалы)');
    expect(merged.find((r) => r.id === added.id)?.text).toBe('Б терминалы қосқан аймақ');

    // The conflict opens in the viewer; the archivist takes B's version.
    await report.getByTestId('bundle-conflicts').getByRole('link').click();
    await page.getByTestId('incoming-notice').waitFor();
    await page.getByTestId('incoming-open').click();
    const dialog = page.getByTestId('incoming-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`the one from ${made.name}`);
    expect(await dialog.getByTestId('incoming-ours').locator('pre').textContent()).toBe('САРЫАРҚА (А терминалы)');
    expect(await dialog.getByTestId('incoming-theirs').locator('pre').textContent()).toBe('САРЫАРҚА (Б терминалы)');
    await screenshot(page, 'bundle-incoming-conflict');
    await dialog.getByTestId('incoming-keep-theirs').click();
    await page.getByTestId('incoming-notice').waitFor({ state: 'detached' });
    expect((await regionsOf(journey.served().url, newspaper)).find((r) => r.id === region.id)?.text).toBe('САРЫАРҚА (Б терминалы)');
  });

  it('packs selected documents from the library view into a bundle another library takes whole', async () => {
    const { newspaper, seal } = await demoIds(journey);
    const page = await journey.open('#/');
    const row = (id: string) => page.locator(`[data-testid="library-row"][data-doc-id="${id}"]`);
    await row(newspaper).locator('.cell-kind').click();
    await row(seal).locator('.cell-kind').click({ modifiers: ['Control'] });
    await page.getByTestId('bundle-export-open').click();
    await page.getByTestId('bundle-export-run').click();
    const link = page.getByTestId('bundle-download');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = join(journey.dir(), download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^2-documents \d{4}-\d{2}-\d{2}\.muragat\.zip$/);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'bundle-export');

    const fresh = join(journey.dir(), 'fresh-library');
    const taken = await runCli(['import-bundle', '--library', fresh, '--json', path]);
    expect(taken.code, taken.stderr).toBe(0);
    const merged = JSON.parse(taken.stdout) as { added: { docId: string }[] };
    expect(merged.added.map((d) => d.docId).sort()).toEqual([newspaper, seal].sort());
  });
});
