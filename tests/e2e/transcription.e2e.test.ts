import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { drawRect, listedRegions, selectedRegion, startTranscribing, storedRegions, waitSaved } from './harness/transcription';
import { openRendered, viewRoute, waitForPageState } from './harness/viewer';

const TOTE = 'الاش اۆتونومياسى';
const CYRILLIC = 'Алаш автономиясы';

/** The archivist's day: regions drawn, Kazakh typed in both scripts, order and status set, all there after a reload. */
describe('transcription', () => {
  const journey = libraryJourney();

  it('draws regions, types both scripts, reorders, marks done, and finds everything after a reload', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper, 2, 'fit-page');
    await startTranscribing(page, 'Айгерім');
    const before = (await storedRegions(journey, newspaper)).filter((r) => r.page === 1);

    // A column in the Arabic-based script.
    await drawRect(page, 2, [0.05, 0.3], [0.34, 0.55]);
    const tote = await selectedRegion(page);
    expect(tote).toMatch(/^r-/);
    const text = page.getByTestId('region-text');
    await text.click();
    await page.keyboard.insertText(TOTE);
    await page.getByTestId('region-script').selectOption('Arab');
    await expect.poll(() => text.getAttribute('dir')).toBe('rtl');

    // A second column in Cyrillic, its ә from the palette.
    await drawRect(page, 2, [0.36, 0.3], [0.64, 0.55]);
    const cyrillic = await selectedRegion(page);
    expect(cyrillic).not.toBe(tote);
    await text.click();
    await page.keyboard.insertText('Алаш автономиясы ');
    await page.getByTestId('letter-palette').locator('[data-letter="ә"]').click();
    await expect.poll(() => text.inputValue()).toBe(`${CYRILLIC} ә`);

    // Reading order: the Cyrillic column goes before the tote one, by keyboard.
    const orderBefore = await listedRegions(page);
    expect(orderBefore.slice(-2)).toEqual([tote, cyrillic]);
    await text.press('Alt+ArrowUp');
    await expect.poll(() => listedRegions(page).then((ids) => ids.slice(-2))).toEqual([cyrillic, tote]);

    // Done, and on to the next region in reading order.
    await text.press('Control+Enter');
    await expect.poll(() => selectedRegion(page)).toBe(tote);
    await waitSaved(page);
    await screenshot(page, 'transcription-tote-jazu');

    const stored = (await storedRegions(journey, newspaper)).filter((r) => r.page === 1);
    expect(stored).toHaveLength(before.length + 2);
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.get(tote ?? '')).toMatchObject({ text: TOTE, script: 'Arab', direction: 'rtl', status: 'draft', author: 'Айгерім' });
    expect(byId.get(cyrillic ?? '')).toMatchObject({ text: `${CYRILLIC} ә`, status: 'done', author: 'Айгерім' });
    expect((byId.get(cyrillic ?? '')?.order ?? 0) < (byId.get(tote ?? '')?.order ?? 0)).toBe(true);

    await page.reload();
    await waitForPageState(page, 'rendered', 2);
    await page.getByTestId('transcription-panel').waitFor();
    await expect.poll(() => listedRegions(page).then((ids) => ids.slice(-2))).toEqual([cyrillic, tote]);
    await page.locator(`[data-testid="region-item"][data-region-id="${tote ?? ''}"]`).click();
    await expect.poll(() => page.getByTestId('region-text').inputValue()).toBe(TOTE);
    await expect.poll(() => page.getByTestId('region-text').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByTestId('progress-page').textContent()).toContain(`${before.length + 1} of ${before.length + 2}`);
  });

  it('keeps markup as text: nothing typed into a region ever runs', async () => {
    const { order } = await demoIds(journey);
    const page = await openRendered(journey, order, 1, 'fit-page');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await startTranscribing(page, 'Айгерім');
    await drawRect(page, 1, [0.1, 0.1], [0.5, 0.2]);
    const id = await selectedRegion(page);
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.getByTestId('region-text').click();
    await page.keyboard.insertText(markup);
    await waitSaved(page);
    await page.reload();
    await waitForPageState(page, 'rendered', 1);
    await page.locator(`[data-testid="region-item"][data-region-id="${id ?? ''}"]`).click();
    await expect.poll(() => page.getByTestId('region-text').inputValue()).toBe(markup);
    await expect.poll(() => page.locator(`[data-testid="region-item"][data-region-id="${id ?? ''}"]`).textContent()).toContain('<img src=x');
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect((await storedRegions(journey, order)).find((r) => r.id === id)?.text).toBe(markup);
  });

  it('undoes and redoes across the session, and restores a revision from the history', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper, 1, 'fit-page');
    await startTranscribing(page, 'Ерлан');
    await page.locator('[data-testid="region-item"][data-region-id="issue-heading-1"]').click();
    const text = page.getByTestId('region-text');
    const original = await text.inputValue();
    await text.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' газеті');
    await waitSaved(page);
    await page.getByTestId('region-status').selectOption('reviewed');
    await waitSaved(page);

    // Out of the text field, Ctrl+Z takes back the status, then the words; Ctrl+Shift+Z brings them again.
    await page.getByTestId('page-stage').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1')?.status).toBe('done');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1')?.text).toBe(original);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1')?.text).toBe(`${original} газеті`);

    // The demo's own revision is in the history, with a diff; restoring it is a new revision.
    await page.locator('[data-testid="region-item"][data-region-id="issue-heading-1"]').click();
    const history = page.getByTestId('history-panel');
    await history.locator('summary').click();
    // Newest first: the last is the demo's revision 1, before Ерлан's words.
    await history.getByTestId('revision').last().click();
    await expect.poll(() => history.getByTestId('revision-diff').textContent()).toContain('газеті');
    await screenshot(page, 'transcription-history');
    await history.getByTestId('revision-restore').click();
    await waitSaved(page);
    const restored = (await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1');
    expect(restored?.text).toBe(original);
    expect(restored?.revision).toBeGreaterThan(3);
  });

  it('gives the second writer of a region a conflict to settle, and loses neither version', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper, 1, 'fit-page');
    await startTranscribing(page, 'Айгерім');
    await page.locator('[data-testid="region-item"][data-region-id="issue-heading-1"]').click();
    // This client's save is held on its way while another terminal saves the same region.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/call/saveRegions', async (route) => {
      await held;
      await route.continue();
    });
    const text = page.getByTestId('region-text');
    await text.fill('САРЫАРҚА — менің нұсқам');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saving');
    const stored = (await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1');
    if (!stored) throw new Error('the demo heading is missing');
    await journey.call('saveRegions', {
      docId: newspaper,
      author: 'Басқа терминал',
      changes: [{ op: 'put', id: stored.id, baseRevision: stored.revision, content: { ...stored, text: 'САРЫАРҚА — олардың нұсқасы' } }],
    });
    release();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('conflict-mine').textContent()).toContain('менің нұсқам');
    expect(await dialog.getByTestId('conflict-theirs').textContent()).toContain('олардың нұсқасы');
    expect(await page.getByTestId('save-status').getAttribute('data-state')).toBe('conflict');
    expect((await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1')?.text).toBe('САРЫАРҚА — олардың нұсқасы');
    await screenshot(page, 'transcription-conflict');
    await dialog.getByTestId('keep-mine').click();
    await page.unroute('**/api/call/saveRegions');
    await waitSaved(page);
    const settled = (await storedRegions(journey, newspaper)).find((r) => r.id === 'issue-heading-1');
    expect(settled).toMatchObject({ text: 'САРЫАРҚА — менің нұсқам', revision: stored.revision + 2, author: 'Айгерім' });
  });

  it('refuses a region too small to mark anything, and cuts one drawn past the page at its edge', async () => {
    const { order } = await demoIds(journey);
    const page = await journey.open(viewRoute(order, 1, 'fit-page'));
    await waitForPageState(page, 'rendered', 1);
    await startTranscribing(page, 'Айгерім');
    const count = () => page.getByTestId('region').count();
    const before = await count();
    await drawRect(page, 1, [0.5, 0.5], [0.5005, 0.5005]);
    expect(await count()).toBe(before);
    await drawRect(page, 1, [0.8, 0.8], [1.2, 1.1]);
    await expect.poll(count).toBe(before + 1);
    await expect.poll(() => page.getByTestId('annotate-message').textContent()).toBeTruthy();
    await waitSaved(page);
    const documents = await journey.call<{ id: string; pages: { width: number; height: number }[] }[]>('listDocuments');
    const size = documents.find((d) => d.id === order)?.pages[0];
    const drawn = (await storedRegions(journey, order)).at(-1) as unknown as { shape: { x: number; y: number; width: number; height: number } };
    expect(drawn.shape.x + drawn.shape.width).toBeCloseTo(size?.width ?? 0, 0);
    expect(drawn.shape.y + drawn.shape.height).toBeCloseTo(size?.height ?? 0, 0);
  });

  it('edits and saves a 100 kB transcription like a short one', async () => {
    const { order } = await demoIds(journey);
    const page = await openRendered(journey, order, 1, 'fit-page');
    await startTranscribing(page, 'Айгерім');
    await drawRect(page, 1, [0.1, 0.6], [0.9, 0.9]);
    const id = await selectedRegion(page);
    const line = 'Алаш автономиясы — 1917 жылы желтоқсанда құрылған қазақ ұлттық мемлекеті.\n';
    const long = line.repeat(Math.ceil(100_000 / line.length));
    const text = page.getByTestId('region-text');
    await text.fill(long);
    await text.press('Control+End');
    await page.keyboard.type('Соңы.');
    await page.keyboard.press('Alt+KeyA');
    await expect.poll(() => text.inputValue().then((value) => value.slice(-6))).toBe('Соңы.ә');
    await waitSaved(page);
    const stored = (await storedRegions(journey, order)).find((r) => r.id === id);
    expect(stored?.text.length).toBe(long.length + 6);
    expect(stored?.text.endsWith('Соңы.ә')).toBe(true);
  });
});
