import { events, type Events } from '../../../shared/contract';
import type { Transport } from '../../../shared/rpc/client';
import { EnvelopeSchema, type Envelope } from '../../../shared/rpc/errors';

/** Browser mode: the contract over HTTP on the page's own origin, events over Server-Sent Events. */
export function createHttpTransport(base = ''): Transport<Events> {
  let source: EventSource | undefined;
  const eventSource = () => (source ??= new EventSource(`${base}/api/events`));

  return {
    async invoke(name, args): Promise<Envelope> {
      let response: Response;
      try {
        response = await fetch(`${base}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        return { ok: false, error: { code: 'io', message: `The library server cannot be reached (${(error as Error).message}).` } };
      }
      const parsed = EnvelopeSchema.safeParse(await response.json().catch(() => null));
      if (!parsed.success) return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without an envelope.` } };
      return parsed.data;
    },
    subscribe(name, listener) {
      const handler = (message: MessageEvent<string>) => {
        const payload = events[name].safeParse(JSON.parse(message.data));
        if (payload.success) listener(payload.data as never);
      };
      eventSource().addEventListener(name, handler);
      return () => eventSource().removeEventListener(name, handler);
    },
  };
}
