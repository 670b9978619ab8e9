import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { cyrillicToLatin } from '../../src/shared/text/latin';
import { cyrillicToToteJazu } from '../../src/shared/text/tote-jazu';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { markedInTextLayer, saveRegion, searchFor, shownGroups, shownHits, waitForRegionHit } from './harness/search';
import { selectedRegion } from './harness/transcription';
import { runCli } from './harness/serve';
import { documentTitled, pageInUrl, waitForPageState, type ListedDocument } from './harness/viewer';

const WORD = 'Алашорда';
const TEXT = `${WORD} үкіметі Семейде жиналды, төрағасы Әлихан Бөкейхан`;
const PERSON = 'Әлихан Бөкейхан';
const REGION = 'r-search-alashorda';
/** The second page (0-based 1): a hit must land on page 2, not 1. */
const PAGE = 1;
/** Park Record, 1935: a scan with the OCR's text in the PDF (the demo's PDF has none). */
const PAPER = 'newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf';

/** A reader looks for one Cyrillic transcription in Latin and in the Arabic script, and lands on it. */
describe('library search', () => {
  const journey = libraryJourney(async (library) => {
    for (const args of [['demo'], ['import', corpusFile(PAPER)]]) {
      const run = await runCli([...args, '--library', library]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
  });
  let newspaper: ListedDocument;
  let seal = '';

  beforeAll(async () => {
    const ids = await demoIds(journey);
    seal = ids.seal;
    const documents = await journey.call<ListedDocument[]>('listDocuments');
    const found = documents.find((d) => d.id === ids.newspaper);
    if (!found) throw new Error('the demo newspaper is missing');
    newspaper = found;
    const start = TEXT.indexOf(PERSON);
    await saveRegion(journey, newspaper, { id: REGION, page: PAGE, text: TEXT, entities: [{ id: 'e-person-1', type: 'person', start, end: start + PERSON.length }] });
  });

  it('finds a Cyrillic transcription by a Latin and an Arabic-script query, and opens it on its page with the region selected', async () => {
    const page = await journey.open('#/');
    await page.getByTestId('library-row').first().waitFor();
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => page.url()).toContain('#/search');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await expect.poll(() => page.getByTestId('search-empty').isVisible()).toBe(true);
    await screenshot(page, 'search-empty');

    // The official 2021 Latin and the Wikipedia scheme agree on this word: Alaşorda.
    const latin = cyrillicToLatin(WORD, 'official-2021');
    expect(latin).toBe('Alaşorda');
    expect(cyrillicToLatin(WORD, 'wikipedia')).toBe(latin);
    await searchFor(page, latin);
    const byLatin = await waitForRegionHit(page, REGION);
    expect(byLatin).toMatchObject({ docId: newspaper.id, field: 'text', page: PAGE + 1 });
    expect(byLatin.text).toContain(TEXT.slice(0, 30));
    expect(byLatin.marks).toContain(WORD);
    expect(page.url()).toContain(`q=${encodeURIComponent(latin)}`);
    expect(await page.getByTestId('search-summary').textContent()).toMatch(/\d+ match/);
    // The arrows go from the field to the hits and back.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await page.getByTestId('search-input').press('ArrowDown');
    await expect.poll(focused).toBe('search-hit');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('search-input');

    const arabic = cyrillicToToteJazu(WORD);
    expect(arabic).toMatch(/^[\u0600-\u06FF]+$/);
    await searchFor(page, arabic);
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(arabic)}`);
    const byArabic = await waitForRegionHit(page, REGION);
    expect(byArabic.marks).toContain(WORD);
    // The seal's own Arabic-script legend is found too.
    expect((await shownHits(page)).some((hit) => hit.docId === seal)).toBe(true);
    await screenshot(page, 'search-results-en');

    await page.locator(`[data-testid="search-hit"][data-region-id="${REGION}"]`).click();
    await expect.poll(() => page.url()).toContain(`#/doc/${newspaper.id}/page/${PAGE + 1}?region=${REGION}`);
    await waitForPageState(page, 'rendered', PAGE + 1);
    await expect.poll(() => selectedRegion(page), { timeout: 15_000 }).toBe(REGION);
    expect(pageInUrl(page)).toBe(PAGE + 1);
    await screenshot(page, 'search-landed-on-region');

    // Back returns to the same search, its results shown again.
    await page.goBack();
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe(arabic);
    await waitForRegionHit(page, REGION);
  });

  it('answers punctuation, regex characters and a 10 kB query calmly', async () => {
    const page = await journey.open('#/search');
    await searchFor(page, '.*+?^${}()|[]\\/');
    await page.getByTestId('search-no-results').waitFor();
    expect(await page.getByTestId('search-error').count()).toBe(0);

    await page.getByTestId('search-input').fill('алаш '.repeat(2000));
    await expect.poll(async () => (await page.getByTestId('search-summary').count()) + (await page.getByTestId('search-no-results').count()), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('search-error').count()).toBe(0);
  });

  it('narrows the hits by kind, status and entity type, all kept in the URL', async () => {
    const latin = cyrillicToLatin(WORD, 'official-2021');
    const page = await journey.open(`#/search?q=${encodeURIComponent(latin)}`);
    await waitForRegionHit(page, REGION);
    expect(new Set(await shownGroups(page)).size).toBeGreaterThan(1);

    await page.getByTestId('search-filter-kind').selectOption('newspaper-issue');
    await expect.poll(() => shownGroups(page)).toEqual([newspaper.id]);
    expect(page.url()).toContain('kind=newspaper-issue');

    // The region is done, not reviewed: a status filter leaves it out.
    await page.getByTestId('search-filter-status').selectOption('reviewed');
    await expect.poll(async () => (await shownHits(page)).some((hit) => hit.regionId === REGION)).toBe(false);
    await page.getByTestId('search-filter-status').selectOption('done');
    await waitForRegionHit(page, REGION);

    // It names a person; nothing else found does.
    await page.getByTestId('search-filter-kind').selectOption('');
    await page.getByTestId('search-filter-status').selectOption('');
    await page.getByTestId('search-filter-entity').selectOption('person');
    await expect.poll(async () => (await shownHits(page)).map((hit) => hit.regionId)).toEqual([REGION]);
    expect(page.url()).toContain('entity=person');

    // Years before the issue: nothing; the link itself reproduces the search.
    await page.getByTestId('search-filter-to').fill('1917');
    await page.getByTestId('search-no-results').waitFor();
    await page.reload();
    await page.getByTestId('search-no-results').waitFor();
    expect(await page.getByTestId('search-filter-entity').inputValue()).toBe('person');
    await page.getByTestId('search-no-results').getByRole('button').click();
    await waitForRegionHit(page, REGION);
    expect(page.url()).not.toContain('entity=');
  });

  it('finds a word typed without its diacritics in its marked spelling when asked, the choice kept in the URL', async () => {
    const bare = 'r-search-bare';
    await saveRegion(journey, newspaper, { id: bare, page: PAGE, text: 'Укимети туралы' });
    const page = await journey.open(`#/search?q=${encodeURIComponent('укимети')}`);
    await waitForRegionHit(page, bare);
    expect((await shownHits(page)).some((hit) => hit.regionId === REGION)).toBe(false);
    await page.getByTestId('search-ignore-diacritics').check();
    await waitForRegionHit(page, REGION);
    expect(page.url()).toContain('diacritics=ignore');
    await page.reload();
    await waitForRegionHit(page, REGION);
    expect(await page.getByTestId('search-ignore-diacritics').isChecked()).toBe(true);
    await screenshot(page, 'search-ignore-diacritics');
  });

  it('keeps every key of a year typed quickly, and every click of the option, though the URL follows a moment later', async () => {
    const page = await journey.open(`#/search?q=${encodeURIComponent('Alaş')}`);
    await waitForRegionHit(page, REGION);
    const from = page.getByTestId('search-filter-from');
    await from.click();
    await from.pressSequentially('1917');
    expect(await from.inputValue()).toBe('1917');
    await expect.poll(() => page.url()).toContain('from=1917');
    const option = page.getByTestId('search-ignore-diacritics');
    for (let click = 0; click < 3; click += 1) await option.click();
    expect(await option.isChecked()).toBe(true);
    await expect.poll(() => page.url()).toContain('diacritics=ignore');
  });

  it('shows the results in Kazakh', async () => {
    const page = await journey.open(`#/search?q=${encodeURIComponent('Alaş')}`, { locale: 'kk-KZ' });
    await waitForRegionHit(page, REGION);
    expect(await page.getByTestId('nav-search').textContent()).toBe('Іздеу');
    expect(await page.getByTestId('search-summary').textContent()).toContain('сәйкестік');
    await screenshot(page, 'search-results-kk');
  });

  it('finds through the whole document with Ctrl+F, steps to the region on another page, and hands the query to the library search', async () => {
    const page = await journey.open(`#/doc/${newspaper.id}/page/1`);
    await waitForPageState(page, 'rendered', 1);
    await page.keyboard.press('Control+f');
    const field = page.getByTestId('find-input');
    await field.waitFor();
    await field.fill('Alaşorda');
    await expect.poll(() => page.getByTestId('find-count').textContent(), { timeout: 15_000 }).toMatch(/place/);
    await page.getByTestId('find-list-toggle').click();
    await page.locator(`[data-testid="find-hit"][data-region-id="${REGION}"]`).waitFor();
    expect(await page.locator(`[data-testid="find-hit"][data-region-id="${REGION}"]`).getAttribute('data-page')).toBe(String(PAGE + 1));
    await screenshot(page, 'search-find-in-document');

    // Enter steps from page 1 to the next place: the region on page 2.
    await field.press('Enter');
    await expect.poll(() => pageInUrl(page)).toBe(PAGE + 1);
    await expect.poll(() => selectedRegion(page), { timeout: 15_000 }).toBe(REGION);
    expect(await page.locator(`[data-testid="find-hit"][data-region-id="${REGION}"]`).getAttribute('aria-current')).toBe('location');

    await page.getByTestId('page-stage').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => page.url()).toContain('#/search?q=Ala%C5%9Forda');
    await waitForRegionHit(page, REGION);
  });

  it('opens a hit in the PDF text with the find bar on the query, marking the printed words', async () => {
    // The page prints «Park» in Latin letters; the query is the same word in Cyrillic.
    const paper = await documentTitled(journey, '1292');
    const query = 'Парк';
    const page = await journey.open(`#/search?q=${encodeURIComponent(query)}`);
    const hit = page.locator(`[data-testid="search-hit"][data-field="pdf-text"][data-doc-id="${paper.id}"]`).first();
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.locator('mark').first().textContent()).toMatch(/^park/i);
    await hit.click();
    await expect.poll(() => page.url()).toContain(`#/doc/${paper.id}/page/1?find=${encodeURIComponent(query)}`);
    expect(await page.getByTestId('find-input').inputValue()).toBe(query);
    await waitForPageState(page, 'rendered', 1);
    await expect.poll(() => markedInTextLayer(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, 'search-pdf-text-marked');
  });
});
