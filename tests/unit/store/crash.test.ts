import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import { tempDir } from '../../support/temp-dir';

const REPO = resolve(import.meta.dirname, '../../..');
const WRITER = resolve(REPO, 'tests/fixtures/crash-writer.ts');
const KILLS = 30;

/** Runs the writer from `start`, kills it with SIGKILL after a random delay, returns the last acknowledged save. */
function runAndKill(library: string, start: number): Promise<number> {
  return new Promise((done, fail) => {
    // node itself, with tsx as a loader: the pid we kill is the writer, not a wrapper around it.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, library, String(start)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = start;
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) lastAck = Number(match[1]);
      }
      if (!armed) {
        // Saves are flowing: kill somewhere in the next 0–120 ms, mid-write as often as not.
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 120);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(lastAck);
      else fail(new Error(`writer exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

describe('crash safety: SIGKILL during saves', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.cleanup());

  it(`keeps every acknowledged save across ${KILLS} kills, and the library always opens`, async () => {
    let start = 0;
    for (let round = 0; round < KILLS; round++) {
      const lastAck = await runAndKill(dir.path, start);
      const store = await openLibraryStore(dir.path);
      expect(store.readOnly, 'the dead writer’s lock must be taken over').toBe(false);
      expect(store.recoveries, 'a durable write never needs a backup').toEqual([]);
      const shard = await store.readShard('crash-doc');
      const savedRegions = new Set(shard.regions.map((r) => r.order));
      const savedCollections = new Set(store.catalog().collections.map((c) => Number(c.id.slice('saved-'.length))));
      expect(savedRegions.size, 'no region saved twice').toBe(shard.regions.length);
      for (let n = 1; n <= lastAck; n++) {
        const kept = n % 2 === 1 ? savedRegions.has(n) : savedCollections.has(n);
        expect(kept, `save ${n} was acknowledged before the kill in round ${round}`).toBe(true);
      }
      // The save in flight at the kill may or may not have landed; continue after whichever did.
      start = Math.max(lastAck, ...savedRegions, ...savedCollections);
      await store.close();
    }
    expect(start).toBeGreaterThan(KILLS);
  }, 300_000);
});
