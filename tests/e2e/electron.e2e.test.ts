import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { electronBinary } from './harness/electron-binary';
import { inkRatio } from './harness/pixels';

const REPO = resolve(import.meta.dirname, '../..');
const binary = electronBinary();
if (!binary) {
  // Said plainly in the test output: these journeys were not run, they did not pass.
  console.warn('SKIPPED: the desktop (Electron) journeys need the Electron binary; it was not downloaded on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD).');
}

/** The first journey again, in the real desktop app: sandboxed renderer, preload bridge, muragat:// scheme. */
describe.skipIf(!binary)('desktop app (Electron): the archivist’s first journey', () => {
  it('opens on the demo archive, shows a page from the app’s own scheme, and keeps the page on reload', async () => {
    const dir = await tempDir('muragat-electron-');
    const app = await _electron.launch({
      executablePath: binary,
      args: [join(REPO, 'out/main/index.js'), '--library', join(dir.path, 'library')],
      cwd: REPO,
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    try {
      const window = await app.firstWindow();
      const errors: string[] = [];
      window.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      expect(window.url()).toMatch(/^muragat:\/\/app\//);
      await expect.poll(() => window.getByTestId('library-row').count(), { timeout: 30_000 }).toBe(3);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      await window.getByTestId('library-row').first().getByRole('link').click();
      await window.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
      // The demo newspaper's pages are scans alone: at fit width the preview made from the scan is the page.
      expect(await inkRatio(window.getByTestId('page-preview'))).toBeGreaterThan(0.01);
      const deepLink = window.url();
      await window.reload();
      await window.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
      expect(window.url()).toBe(deepLink);
      expect(errors).toEqual([]);
    } finally {
      await app.close();
      await dir.cleanup();
    }
  });
});
