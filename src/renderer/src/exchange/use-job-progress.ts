import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/rpc/define';
import type { Events, JobProgressEvent } from '../../../shared/contract';
import { api } from '../api/api';

export type JobProgress<K extends JobProgressEvent> = EventPayload<Events, K>;

/** The latest progress event of one job: null until the first arrives, and while no job runs. */
export function useJobProgress<K extends JobProgressEvent>(event: K, jobId: string | null): JobProgress<K> | null {
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
