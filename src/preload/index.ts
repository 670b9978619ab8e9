import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { callNames, eventNames, type Events } from '../shared/contract';
import type { Transport } from '../shared/rpc/client';
import type { DesktopBridge } from '../shared/rpc/desktop-bridge';
import { callChannel, EVENT_CHANNEL } from '../shared/rpc/ipc-channels';

/**
 * window.muragat: the contract's transport and nothing else. The renderer builds its typed
 * client from the contract on top of it; no Node or Electron object crosses the bridge.
 */
const bridge: Transport<Events> & DesktopBridge = {
  // The page is untrusted input too: a name may be anything, not only a string.
  invoke: (name: unknown, args: unknown) => {
    if (typeof name !== 'string' || !(callNames as string[]).includes(name)) {
      const shown = typeof name === 'string' ? `"${name.slice(0, 60)}"` : `of type ${typeof name}`;
      return Promise.resolve({ ok: false, error: { code: 'invalid-argument', message: `Unknown call ${shown}.` } });
    }
    return ipcRenderer.invoke(callChannel(name), args);
  },
  subscribe: (name: unknown, listener: unknown) => {
    if (typeof name !== 'string' || !(eventNames as string[]).includes(name) || typeof listener !== 'function') return () => undefined;
    const deliver = listener as (payload: unknown) => void;
    const handler = (_event: IpcRendererEvent, message: { name: string; payload: unknown }) => {
      if (message.name === name) deliver(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  // A dropped or picked File's path on this computer, so the desktop app imports it in place.
  pathForFile: (file: unknown) => {
    try {
      return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('muragat', bridge);
