import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { dispatch } from '../../../src/main/archive/service/dispatch';
import { DEFAULT_VIEW } from '../../../src/shared/domain/view';
import { importOne, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const LOCAL = { local: true, mayWrite: true };
const turned = { rotation: 90, mode: 'continuous', adjustments: { brightness: 1.4, contrast: 1.2, gamma: 0.7, grayscale: true, invert: false, threshold: 0.55 } } as const;

describe('view settings: how a document was last looked at, saved with it', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let docId: string;
  const call = (name: string, args: unknown) => dispatch(archive.service, name, args, LOCAL);
  const errorOf = async (name: string, args: unknown) => {
    const envelope = await call(name, args);
    return envelope.ok ? 'no error' : envelope.error.code;
  };

  beforeEach(async () => {
    dir = await tempDir();
    archive = await openTestArchive(join(dir.path, 'library'));
    docId = await importOne(archive, await writePng(dir.path, 'page.png', 120, 160));
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('starts upright and unadjusted, and keeps a change across a reopen', async () => {
    expect(await call('getViewSettings', { docId })).toEqual({ ok: true, value: DEFAULT_VIEW });
    expect(await call('setViewSettings', { docId, view: turned })).toEqual({ ok: true, value: turned });
    await archive.close();
    archive = await openTestArchive(join(dir.path, 'library'));
    expect(await call('getViewSettings', { docId })).toEqual({ ok: true, value: turned });
    // The page file is untouched: the setting lives in the document's annotation shard.
    const shard = JSON.parse(await readFile(join(dir.path, 'library', 'annotations', `${docId}.json`), 'utf8')) as { view: unknown };
    expect(shard.view).toEqual(turned);
  });

  it('refuses a rotation that is not a quarter turn, adjustments out of range, and unknown documents', async () => {
    expect(await errorOf('setViewSettings', { docId, view: { ...turned, rotation: 45 } })).toBe('invalid-argument');
    expect(await errorOf('setViewSettings', { docId, view: { ...turned, adjustments: { ...turned.adjustments, brightness: 40 } } })).toBe('invalid-argument');
    expect(await errorOf('getViewSettings', { docId: 'ffff0000' })).toBe('not-found');
    expect(await call('getViewSettings', { docId })).toEqual({ ok: true, value: DEFAULT_VIEW });
  });
});
