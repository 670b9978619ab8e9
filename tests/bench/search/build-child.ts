import { buildFts5 } from './fts5-side';
import { buildOurs } from './our-side';
import { searchCorpus } from './search-corpus';

/**
 * One index built in a process of its own (search-bench.ts spawns this file), so that its
 * memory growth is measured from a clean start: in the benchmark's own process, earlier figures
 * leave memory the allocator hands back during a later build, and growth can come out negative.
 * Prints the build's figures as one JSON line.
 */
const [side = '', path = '', firstQuery = ''] = process.argv.slice(2);
const result = side === 'fts5' ? await buildFts5(path, searchCorpus()) : side === 'ours' ? await buildOurs(path, firstQuery) : null;
if (!result) throw new Error(`build-child: unknown side "${side}"`);
process.stdout.write(`${JSON.stringify(result)}\n`);
