import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemoManifest } from '../src/main/archive/library/demo-manifest';
import { ISSUE, ORDER, SEAL } from './demo/catalog';
import { registerFonts } from './demo/fonts';
import { demoManifest } from './demo/manifest';
import { issuePdf, renderIssuePages } from './demo/newspaper';
import { orderSealBox, renderOrder } from './demo/order';
import { createRng } from './demo/random';
import { renderSeal } from './demo/seal';
import { seedArticle } from './demo/seed-text';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedFile = resolve(repoRoot, '../shared/seed/alash-autonomy.kk.txt');
const outDir = join(repoRoot, 'resources', 'demo');

async function main(): Promise<void> {
  if (!existsSync(seedFile)) {
    console.error(`make-demo: ${seedFile} is missing; the seed folder ../shared/seed is needed to regenerate the demo.`);
    process.exit(1);
  }
  registerFonts(repoRoot);
  const article = seedArticle(await readFile(seedFile, 'utf8'), createRng(25));
  const issue = await renderIssuePages(article);
  const manifest = DemoManifest.parse(demoManifest({ issueHeadings: issue.headings, orderSeal: orderSealBox() }));
  const outputs: [string, Uint8Array][] = [
    [ISSUE.file, await issuePdf(issue.pages)],
    [ORDER.file, await renderOrder(createRng(1202))],
    [SEAL.file, await renderSeal(createRng(1917))],
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)],
  ];
  await mkdir(outDir, { recursive: true });
  for (const [name, bytes] of outputs) {
    await writeFile(join(outDir, name), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
}

await main();
