import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import type { Region } from '../../../src/shared/domain/annotations';
import { tempDir } from '../../support/temp-dir';
import { CRASH_DOC, textOf } from './journal-crash-writer';

const REPO = resolve(import.meta.dirname, '../../..');
const WRITER = resolve(import.meta.dirname, 'journal-crash-writer.ts');
const KILLS = 20;

interface Round {
  /** Saves answered before the kill, in order: region id and the revision it got (0: deleted). */
  acks: { n: number; id: string; revision: number }[];
  /** The save under way at the kill, if one was. */
  inFlight?: { n: number; id: string; op: 'put' | 'delete' };
}

/** Runs the writer from `start`, kills it with SIGKILL after a random delay, and says what it had acknowledged. */
function runAndKill(library: string, start: number): Promise<Round> {
  return new Promise((done, fail) => {
    // node itself, with tsx as a loader: the pid we kill is the writer, not a wrapper around it.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, library, String(start)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { acks: [] };
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const tried = /^try (\d+) (\S+) (put|delete)$/.exec(line);
        if (tried) round.inFlight = { n: Number(tried[1]), id: tried[2] ?? '', op: tried[3] === 'delete' ? 'delete' : 'put' };
        const acked = /^ack (\d+) (\S+) (\d+)$/.exec(line);
        if (acked) {
          round.acks.push({ n: Number(acked[1]), id: acked[2] ?? '', revision: Number(acked[3]) });
          delete round.inFlight;
        }
      }
      if (!armed) {
        // Saves are flowing: kill somewhere in the next 0–150 ms, mid-append or mid-fold as often as not.
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 150);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(round);
      else fail(new Error(`writer exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

type Model = Map<string, { revision: number; n: number }>;

/** What the shard holds, as region id → revision and the save whose text it carries. */
function modelOf(regions: readonly Region[]): Model {
  return new Map(regions.map((r) => [r.id, { revision: r.revision, n: Number(/^save (\d+);/.exec(r.text)?.[1] ?? -1) }]));
}

describe('crash safety of the journal: SIGKILL during saves and folds', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    dir = await tempDir();
    const store = await openLibraryStore(dir.path);
    const at = new Date().toISOString();
    await store.updateCatalog((catalog) => {
      catalog.documents.push({
        id: CRASH_DOC,
        kind: 'document',
        title: 'Алашорда',
        sources: [{ sha256: '0'.repeat(64), format: 'png', originalName: 'page.png', size: 1, pageCount: 1 }],
        pages: [{ source: 0, sourcePage: 1, width: 2400, height: 3600 }],
        metadata: {},
        collections: [],
        tags: [],
        importedAt: at,
        updatedAt: at,
      });
    });
    await store.close();
  });
  afterAll(() => dir.cleanup());

  it(`keeps every acknowledged save across ${KILLS} kills, and the shard and its journal always read back`, async () => {
    let model: Model = new Map();
    let start = 0;
    let acknowledged = 0;
    for (let round = 0; round < KILLS; round++) {
      const { acks, inFlight } = await runAndKill(dir.path, start);
      for (const { n, id, revision } of acks) {
        if (revision === 0) model.delete(id);
        else model.set(id, { revision, n });
      }
      acknowledged += acks.length;

      const store = await openLibraryStore(dir.path);
      expect(store.readOnly, 'the dead writer’s lock must be taken over').toBe(false);
      const shard = await store.readShard(CRASH_DOC);
      expect(store.recoveries, 'a torn append is dropped silently; nothing acknowledged is ever damaged').toEqual([]);
      const stored = modelOf(shard.regions);
      for (const id of new Set([...model.keys(), ...stored.keys()])) {
        const expected = model.get(id);
        const found = stored.get(id);
        if (JSON.stringify(found) === JSON.stringify(expected)) continue;
        // Only the save under way at the kill may differ, and only by having landed whole.
        const landed = inFlight?.op === 'delete' ? undefined : { revision: (expected?.revision ?? 0) + 1, n: inFlight?.n };
        expect(inFlight?.id, `region ${id} differs from what was acknowledged in round ${round}`).toBe(id);
        expect(found, `region ${id} holds neither the acknowledged save nor the one under way in round ${round}`).toEqual(landed);
      }
      for (const region of shard.regions) {
        expect(region.text).toBe(textOf(stored.get(region.id)?.n ?? -1));
        for (const kept of shard.history[region.id] ?? []) expect(kept.revision).toBeLessThan(region.revision);
      }
      // Go on from whatever is stored now: the save under way may or may not have landed.
      model = stored;
      start = Math.max(start, ...acks.map((a) => a.n), inFlight?.n ?? 0);
      await store.close();
    }
    expect(acknowledged).toBeGreaterThan(KILLS * 5);
  }, 300_000);
});
