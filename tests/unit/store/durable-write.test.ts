import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupPathOf, writeFileDurably } from '../../../src/main/archive/store/durable-write';
import { tempDir } from '../../support/temp-dir';

const faults = vi.hoisted(() => ({ diskFull: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withDiskFaults } = await import('../../support/disk-faults');
  return withDiskFaults(await importOriginal(), faults);
});

describe('writeFileDurably', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    faults.diskFull = false;
    await dir.cleanup();
  });

  it('writes the new content and keeps the previous as .bak, leaving no temp files', async () => {
    const file = join(dir.path, 'library.json');
    await writeFileDurably(file, '{"v":1}');
    expect(await readFile(file, 'utf8')).toBe('{"v":1}');
    await writeFileDurably(file, '{"v":2}');
    expect(await readFile(file, 'utf8')).toBe('{"v":2}');
    expect(await readFile(backupPathOf(file), 'utf8')).toBe('{"v":1}');
    expect((await readdir(dir.path)).sort()).toEqual(['library.json', 'library.json.bak']);
  });

  it('leaves the current file untouched and cleans up when the disk is full', async () => {
    const file = join(dir.path, 'library.json');
    await writeFile(file, '{"v":1}');
    faults.diskFull = true;
    await expect(writeFileDurably(file, '{"v":2}')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir.path)).toEqual(['library.json']);
  });
});
