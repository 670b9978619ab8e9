import type { z } from 'zod';

/**
 * What a call does to the library. Adapters use it without knowing the call:
 * a read-only library or a read-only reading-room server refuses every 'write'.
 */
export type Effect = 'read' | 'write';

export interface CallSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
  readonly effect: Effect;
  /** Whether these arguments name files on the service's own disk: only a local user may do that. */
  readonly localFiles?: (args: z.output<A>) => boolean;
}

export type ContractShape = Record<string, CallSpec>;
export type EventsShape = Record<string, z.ZodType>;

export const defineCall = <A extends z.ZodType, R extends z.ZodType>(spec: CallSpec<A, R>) => spec;

/** The engine's side: receives parsed arguments, returns a result the schema accepts. */
export type ServiceOf<C extends ContractShape> = {
  [K in keyof C]: (args: z.output<C[K]['args']>) => Promise<z.input<C[K]['result']>>;
};

/** The caller's side: what a renderer, test or script sees. */
export type ClientOf<C extends ContractShape> = {
  [K in keyof C]: (args: z.input<C[K]['args']>) => Promise<z.output<C[K]['result']>>;
};

export type EventPayload<E extends EventsShape, K extends keyof E> = z.output<E[K]>;

export type EventListener<E extends EventsShape> = <K extends keyof E & string>(
  name: K,
  payload: EventPayload<E, K>,
) => void;
