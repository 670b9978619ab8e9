import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

interface SealSummary {
  id: string;
  inscription?: string;
  owner?: string;
  occurrenceCount: number;
}

describe('seals: the catalogue as a grid, a seal’s page, its impressions on documents', () => {
  const journey = libraryJourney();

  it('shows the demo seal with its Arabic-script legend, right to left, and its impression on the order', async () => {
    const { order } = await demoIds(journey);
    const [demoSeal] = await journey.call<SealSummary[]>('listSeals');
    expect(demoSeal?.occurrenceCount).toBe(1);
    const page = await journey.open('#/seals');
    const card = page.getByTestId('seal-card');
    await expect.poll(() => card.count()).toBe(1);
    const legend = card.locator('.seal-inscription');
    expect(await legend.textContent()).toBe(demoSeal?.inscription);
    expect(await legend.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await card.getByTestId('seal-occurrences').textContent()).toBe('1 impression');
    await card.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(page, 'seals-view');

    await card.getByRole('link').click();
    await page.waitForURL(`**/#/seals/${demoSeal?.id ?? ''}`);
    const occurrence = page.getByTestId('seal-occurrence');
    await expect.poll(() => occurrence.count()).toBe(1);
    expect(await occurrence.getAttribute('href')).toBe(`#/doc/${order}/page/1?region=order-seal`);
    // The impression is cut out of its page: the crop's view is the region's box, with a margin.
    const seal = (await journey.call<{ regions: { id: string; shape: { x: number; y: number; width: number } }[] }>('getAnnotations', { docId: order })).regions.find((r) => r.id === 'order-seal');
    const [cropX, , cropWidth] = ((await occurrence.locator('svg').getAttribute('viewBox')) ?? '').split(' ').map(Number);
    expect(cropX).toBeLessThan(seal?.shape.x ?? 0);
    expect(cropWidth).toBeGreaterThan(seal?.shape.width ?? 0);
    expect(cropWidth).toBeLessThan((seal?.shape.width ?? 0) * 1.5);
    // The crop's preview is loaded (and so shown) once the same URL decodes as an image.
    await occurrence.locator('image').evaluate((image: SVGImageElement) => {
      const probe = new Image();
      probe.src = image.href.baseVal;
      return probe.decode();
    });
    await screenshot(page, 'seal-page');
    await occurrence.click();
    await page.waitForURL(`**/#/doc/${order}/page/1?region=order-seal`);
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
    // The viewer opens at the impression, selected for transcription.
    await expect.poll(() => page.locator('[data-testid="region"][data-selected="true"]').getAttribute('data-region-id')).toBe('order-seal');
  });

  it('edits a seal’s fields with the contract’s checks, and the edit survives a reload', async () => {
    const [demoSeal] = await journey.call<SealSummary[]>('listSeals');
    const page = await journey.open(`#/seals/${demoSeal?.id ?? ''}`);
    const form = page.getByTestId('seal-form');
    await form.getByLabel('Owner').waitFor();
    await form.getByLabel('Script of the legend').fill('arabic');
    await form.getByText('Use a four-letter script code such as Arab, Cyrl or Latn.').waitFor();
    expect(await form.getByTestId('seal-save').isDisabled()).toBe(true);
    await form.getByLabel('Script of the legend').fill('Arab');
    await form.getByLabel('Owner').fill('Алашорда, Семей бөлімі');
    await form.getByTestId('seal-save').click();
    await expect.poll(() => form.getByTestId('seal-status').getAttribute('data-state')).toBe('saved');
    await page.reload();
    await expect.poll(() => page.getByTestId('seal-form').getByLabel('Owner').inputValue()).toBe('Алашорда, Семей бөлімі');
    expect((await journey.call<SealSummary>('getSeal', { id: demoSeal?.id })).owner).toBe('Алашорда, Семей бөлімі');
  });

  it('creates a seal with a picture from the library, and deletes it after asking', async () => {
    const { seal: sealDoc } = await demoIds(journey);
    const page = await journey.open('#/seals');
    await page.getByTestId('seal-new').click();
    await page.waitForURL('**/#/seals/new');
    const form = page.getByTestId('seal-form');
    await form.getByLabel('Legend', { exact: true }).fill('قازاق ۇلت كەڭەسى');
    await form.getByLabel('Script of the legend').fill('Arab');
    await form.getByLabel('Owner').fill('Торғай облыстық қазақ комитеті');
    await form.getByLabel('Dates').fill('1917');
    await form.getByTestId('seal-image-doc').selectOption(sealDoc);
    await form.getByTestId('seal-save').click();
    await page.waitForURL(/#\/seals\/seal-[0-9a-f]+$/);
    await page.getByRole('heading', { name: 'قازاق ۇلت كەڭەسى' }).waitFor();
    const created = (await journey.call<SealSummary[]>('listSeals')).find((s) => s.owner === 'Торғай облыстық қазақ комитеті');
    expect(created).toMatchObject({ inscription: 'قازاق ۇلت كەڭەسى', occurrenceCount: 0 });

    await page.getByTestId('seal-delete').click();
    const confirm = page.getByTestId('seal-delete-dialog');
    expect(await confirm.textContent()).toContain('will be deleted from the catalogue');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL('**/#/seals');
    await expect.poll(() => page.getByTestId('seal-card').count()).toBe(1);
    expect((await journey.call<SealSummary[]>('listSeals')).map((s) => s.id)).not.toContain(created?.id);
  });
});
