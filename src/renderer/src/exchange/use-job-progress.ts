import { useEffect, useState } from 'react';
import { api } from '../api/api';

export interface BundleProgress {
  done: number;
  total: number;
  what: string;
}

/** The progress events of one bundle job, the latest first: null until the first arrives. */
export function useBundleProgress(jobId: string | null): BundleProgress | null {
  const [progress, setProgress] = useState<BundleProgress | null>(null);
  useEffect(() => {
    if (jobId === null) return undefined;
    return api.on('bundleProgress', (event) => {
      if (event.jobId === jobId) setProgress({ done: event.done, total: event.total, what: event.what });
    });
  }, [jobId]);
  return jobId === null ? null : progress;
}
