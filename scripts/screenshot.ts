/**
 * `npm run screenshot`: the README's screenshot, taken from the real app in browser mode on a
 * fresh demo library (build first: `npm run build`).
 */
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { runCli, serveLibrary } from '../tests/e2e/harness/serve';
import { tempDir } from '../tests/support/temp-dir';

const target = resolve(import.meta.dirname, '../docs/screenshot.png');
const dir = await tempDir('muragat-screenshot-');
const library = join(dir.path, 'library');
await runCli(['demo', '--library', library]);
const listed = JSON.parse((await runCli(['list', '--library', library, '--json'])).stdout) as { documents: { id: string; kind: string }[] };
const newspaper = listed.documents.find((d) => d.kind === 'newspaper-issue');
if (!newspaper) throw new Error('the demo has no newspaper issue');

const served = await serveLibrary(library);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'kk-KZ' });
  await page.goto(`${served.url}#/doc/${newspaper.id}/page/1`);
  await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
  await page.screenshot({ path: target });
  process.stdout.write(`wrote ${target}\n`);
} finally {
  await browser.close();
  await served.stop();
  await dir.cleanup();
}
