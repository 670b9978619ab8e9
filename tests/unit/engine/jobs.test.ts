import { describe, expect, it } from 'vitest';
import { Jobs } from '../../../src/main/archive/jobs';
import { world } from '../bundle/bundle-support';

describe('long tasks run as jobs', () => {
  it('frees the job id however the task ends, and refuses a second task under an id still running', async () => {
    const jobs = new Jobs();
    await expect(jobs.run('job-00000001', () => Promise.reject(new Error('broken file')))).rejects.toThrow('broken file');
    let release: () => void = () => undefined;
    const running = jobs.run('job-00000001', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(jobs.run('job-00000001', () => Promise.resolve())).rejects.toMatchObject({ code: 'invalid-argument' });
    release();
    await running;
    await expect(jobs.run('job-00000001', () => Promise.resolve('again'))).resolves.toBe('again');
  });

  it('hands the task a signal that a cancel, even one sent before the task began, aborts', async () => {
    const jobs = new Jobs();
    expect(jobs.cancel('job-00000002')).toBe(false);
    await expect(jobs.run('job-00000002', ({ signal }) => Promise.resolve(signal.aborted))).resolves.toBe(true);
    const seen = jobs.run('job-00000003', ({ signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve('stopped'))));
    expect(jobs.cancel('job-00000003')).toBe(true);
    await expect(seen).resolves.toBe('stopped');
  });

  it('frees the job of a bundle import whose upload is not there', async () => {
    const w = await world();
    try {
      const ask = () => w.b.archive.service.importBundle({ upload: 'up-0000000000000000', jobId: 'bundle-job-0001' });
      await expect(ask()).rejects.toMatchObject({ code: 'not-found' });
      await expect(ask()).rejects.toMatchObject({ code: 'not-found' });
    } finally {
      await w.a.close();
      await w.b.close();
      await w.cleanup();
    }
  });
});
