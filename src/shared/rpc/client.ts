import type { ContractShape, ClientOf, EventsShape, EventPayload } from './define';
import { MuragatError, type Envelope } from './errors';

/** What a transport (IPC bridge or HTTP) must do; everything else is derived from the contract. */
export interface Transport<E extends EventsShape> {
  invoke(name: string, args: unknown): Promise<Envelope>;
  subscribe<K extends keyof E & string>(name: K, listener: (payload: EventPayload<E, K>) => void): () => void;
}

export interface Api<C extends ContractShape, E extends EventsShape> {
  call: ClientOf<C>;
  on: Transport<E>['subscribe'];
}

/** Builds the typed client: one method per contract call, errors rethrown as MuragatError. */
export function createApi<C extends ContractShape, E extends EventsShape>(
  contract: C,
  transport: Transport<E>,
): Api<C, E> {
  const call = Object.fromEntries(
    Object.keys(contract).map((name) => [
      name,
      async (args: unknown) => {
        const envelope = await transport.invoke(name, args);
        if (!envelope.ok) throw MuragatError.fromPayload(envelope.error);
        return envelope.value;
      },
    ]),
  ) as ClientOf<C>;
  return { call, on: transport.subscribe.bind(transport) };
}
