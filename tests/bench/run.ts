/**
 * `npm run bench`: prints a table of figures, each against a baseline measured in the same run.
 * `npm run bench -- --json PATH` also writes them as JSON, one entry per figure. It builds the
 * app first: the viewer figures run the built CLI, server and renderer in Chromium. Each group
 * of figures runs in a process of its own (apart.ts), one after another.
 */
import { parseArgs } from 'node:util';
import { runApart } from './apart';
import { BENCH_GROUPS } from './groups';
import { printTable, writeJson, type Figure } from './report';

const CHILD = new URL('./group-child.ts', import.meta.url);

const { values } = parseArgs({ options: { json: { type: 'string' } } });
const figures: Figure[] = [];
for (const name of Object.keys(BENCH_GROUPS)) figures.push(...(await runApart<Figure[]>(CHILD, [name])));
process.stdout.write(`${printTable(figures)}\n`);
if (values.json) {
  await writeJson(values.json, figures);
  process.stdout.write(`wrote ${values.json}\n`);
}
