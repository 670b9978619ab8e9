import { BENCH_GROUPS } from './groups';

/** One group of figures, measured in a process of its own (run.ts spawns this file); prints them as one JSON line. */
const [name = ''] = process.argv.slice(2);
const group = BENCH_GROUPS[name];
if (!group) throw new Error(`group-child: no benchmark group "${name}" (${Object.keys(BENCH_GROUPS).join(', ')})`);
process.stdout.write(`${JSON.stringify(await group())}\n`);
