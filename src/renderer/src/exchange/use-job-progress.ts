import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/rpc/define';
import type { Events } from '../../../shared/contract';
import { api } from '../api/api';

/** The events that tell how far a job has come: each names its job. */
export type ProgressEvent = 'bundleProgress' | 'exportProgress';
export type JobProgress<K extends ProgressEvent> = EventPayload<Events, K>;

/** The latest progress event of one job: null until the first arrives, and while no job runs. */
export function useJobProgress<K extends ProgressEvent>(event: K, jobId: string | null): JobProgress<K> | null {
  const [progress, setProgress] = useState<JobProgress<K> | null>(null);
  useEffect(() => {
    if (jobId === null) return undefined;
    return api.on(event, (payload) => {
      if (payload.jobId === jobId) setProgress(payload);
    });
  }, [event, jobId]);
  // The last job's progress is not this one's.
  return progress !== null && progress.jobId === jobId ? progress : null;
}
