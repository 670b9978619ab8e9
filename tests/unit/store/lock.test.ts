import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import { tempDir } from '../../support/temp-dir';

describe('one writer per library', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => dir.cleanup());

  it('opens a second store read-only, says who holds the lock, and refuses its writes', async () => {
    const writer = await openLibraryStore(dir.path);
    const reader = await openLibraryStore(dir.path);
    expect(writer.readOnly).toBe(false);
    expect(reader.readOnly).toBe(true);
    expect(reader.readOnlyReason).toBe('locked');
    expect(reader.lockedBy?.pid).toBe(process.pid);
    await expect(reader.updateCatalog(() => undefined)).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/in use by Muragat process/) as unknown });
    await expect(reader.updateShard('doc-x', () => undefined)).rejects.toMatchObject({ code: 'read-only' });
    await reader.close();
    await writer.close();
    const next = await openLibraryStore(dir.path);
    expect(next.readOnly).toBe(false);
    await next.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const layout = await openLibraryStore(dir.path);
    await layout.close();
    await writeFile(join(dir.path, 'library.lock'), JSON.stringify({ pid: Number(dead.stdout), host: (await import('node:os')).hostname(), since: new Date().toISOString(), token: 'gone' }));
    const store = await openLibraryStore(dir.path);
    expect(store.readOnly).toBe(false);
    await store.close();
  });

  it('respects a lock held from another machine (a shared folder), opening read-only', async () => {
    const created = await openLibraryStore(dir.path);
    await created.close();
    await writeFile(join(dir.path, 'library.lock'), JSON.stringify({ pid: 4242, host: 'reading-room-2', since: '2026-11-24T08:00:00.000Z', token: 'other' }));
    const store = await openLibraryStore(dir.path);
    expect(store.readOnly).toBe(true);
    expect(store.lockedBy).toEqual({ pid: 4242, host: 'reading-room-2', since: '2026-11-24T08:00:00.000Z' });
    await store.close();
  });
});
