import { beforeAll, describe, expect, it } from 'vitest';
import { SaveRegionsRequest } from '../../../src/shared/contract';
import { MuragatError } from '../../../src/shared/rpc/errors';
import { demoLibrary } from '../../support/library';

const JOB = 'export-job-0001';
const TEXT = 'Алаш автономиясы құрылды, Алашорда үкіметі сайланды. '.repeat(40);

/** The long-export call of issue 7: a document of many transcribed regions exports as a job that tells its progress and can be cancelled. */
describe('a long export', () => {
  const demo = demoLibrary();
  let docId = '';
  let pages = 0;

  beforeAll(async () => {
    const service = demo.archive().service;
    const newspaper = (await service.listDocuments({})).find((d) => d.kind === 'newspaper-issue');
    if (!newspaper) throw new Error('the demo newspaper is missing');
    docId = newspaper.id;
    pages = (await service.getDocument({ id: docId })).pages.length;
    const changes = Array.from({ length: 1500 }, (_, n) => ({
      op: 'put' as const,
      id: `big-${String(n).padStart(5, '0')}`,
      baseRevision: 0,
      content: { page: n % pages, kind: 'text' as const, order: 100 + n, status: 'draft' as const, shape: { type: 'rect' as const, x: 10 + (n % 50), y: 10, width: 100, height: 40 }, text: TEXT },
    }));
    const saved = await service.saveRegions(SaveRegionsRequest.parse({ docId, author: 'Айгүл', changes }));
    expect(saved.ok).toBe(true);
  });

  const progressOf = (jobId: string) => {
    const told: { done: number; total: number }[] = [];
    const unsubscribe = demo.archive().events.on('exportProgress', (payload) => {
      if (payload.jobId === jobId) told.push({ done: payload.done, total: payload.total });
    });
    return { told, unsubscribe };
  };

  it('tells its progress in pages of the document under its job id, and gives every page its file', async () => {
    expect(pages).toBeGreaterThan(1);
    const { told, unsubscribe } = progressOf(JOB);
    try {
      const { files } = await demo.archive().service.exportDocument({ docId, format: 'alto', textScript: 'as-typed', jobId: JOB });
      expect(files).toHaveLength(pages);
      const blocks = files.flatMap((file) => file.content.match(/<TextBlock ID="r_big-\d{5}"/g) ?? []);
      expect(blocks).toHaveLength(1500);
    } finally {
      unsubscribe();
    }
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((step) => step.total === pages && step.done >= 1 && step.done <= pages)).toBe(true);
  });

  it('stops when its job is cancelled, with the cancelled error, and the job id is free again', async () => {
    const job = 'export-job-0002';
    const archive = demo.archive();
    const unsubscribe = archive.events.on('exportProgress', (payload) => {
      if (payload.jobId === job) void archive.service.cancelJob({ jobId: job });
    });
    try {
      const failure = await archive.service.exportDocument({ docId, format: 'alto', textScript: 'as-typed', jobId: job }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MuragatError);
      expect((failure as MuragatError).code).toBe('cancelled');
    } finally {
      unsubscribe();
    }
    const { files } = await archive.service.exportDocument({ docId, format: 'txt', textScript: 'as-typed', jobId: job });
    expect(files).toHaveLength(1);
  });

  it('does not run when cancelled before the call arrives', async () => {
    const job = 'export-job-0003';
    await demo.archive().service.cancelJob({ jobId: job });
    await expect(demo.archive().service.exportDocument({ docId, format: 'csv', textScript: 'as-typed', jobId: job })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
