import { EventEmitter } from 'node:events';
import type { z } from 'zod';
import { events, type EventName, type Events } from '../../shared/contract';

export type ArchiveEventListener = <K extends EventName>(name: K, payload: z.output<Events[K]>) => void;

/** The service's typed event stream; adapters forward it to windows, SSE clients or the CLI. */
export class ArchiveEvents {
  private readonly emitter = new EventEmitter();

  emit<K extends EventName>(name: K, payload: z.input<Events[K]>): void {
    this.emitter.emit('event', name, events[name].parse(payload));
  }

  subscribe(listener: ArchiveEventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** Listens to one kind of event, its payload typed. */
  on<K extends EventName>(name: K, listener: (payload: z.output<Events[K]>) => void): () => void {
    const handler = (event: EventName, payload: z.output<Events[K]>) => {
      if (event === name) listener(payload);
    };
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }
}
