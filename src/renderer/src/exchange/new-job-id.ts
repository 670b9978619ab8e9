/** A job id the client makes, so it can follow the job's progress and cancel it before the call answers. */
export const newJobId = (): string => crypto.randomUUID();
