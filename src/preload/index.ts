import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames, eventNames, type Events } from '../shared/contract';
import type { Transport } from '../shared/rpc/client';
import { callChannel, EVENT_CHANNEL } from '../shared/rpc/ipc-channels';

/**
 * window.muragat: the contract's transport and nothing else. The renderer builds its typed
 * client from the contract on top of it; no Node or Electron object crosses the bridge.
 */
const bridge: Transport<Events> = {
  invoke: (name, args) => {
    if (!(callNames as string[]).includes(name)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-argument', message: `Unknown call "${name.slice(0, 60)}".` } });
    }
    return ipcRenderer.invoke(callChannel(name), args);
  },
  subscribe: (name, listener) => {
    if (!(eventNames as string[]).includes(name)) return () => undefined;
    const handler = (_event: IpcRendererEvent, message: { name: string; payload: never }) => {
      if (message.name === name) listener(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('muragat', bridge);
