import { runApart } from '../apart';
import type { Fts5Build } from './fts5-side';
import type { OurBuild } from './our-side';

const CHILD = new URL('./build-child.ts', import.meta.url);

export const buildOursApart = (root: string, firstQuery: string) => runApart<OurBuild>(CHILD, ['ours', root, firstQuery]);
export const buildFts5Apart = (file: string) => runApart<Fts5Build>(CHILD, ['fts5', file, '']);
