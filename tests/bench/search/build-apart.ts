import { spawn } from 'node:child_process';
import type { Fts5Build } from './fts5-side';
import type { OurBuild } from './our-side';

const CHILD = new URL('./build-child.ts', import.meta.url);

/** Runs build-child.ts for one side (tsx loaded into a fresh Node) and answers what it printed. */
function buildApart<T>(side: 'ours' | 'fts5', path: string, firstQuery: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD.pathname, side, path, firstQuery], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line) resolve(JSON.parse(line) as T);
      else reject(new Error(`the ${side} build exited with ${code}: ${err.trim().slice(-2000)}`));
    });
  });
}

export const buildOursApart = (root: string, firstQuery: string) => buildApart<OurBuild>('ours', root, firstQuery);
export const buildFts5Apart = (file: string) => buildApart<Fts5Build>('fts5', file, '');
