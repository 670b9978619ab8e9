import type { IpcMain, WebContents, WebFrameMain } from 'electron';
import { callNames, type ArchiveService } from '../../shared/contract';
import { callChannel, EVENT_CHANNEL } from '../../shared/rpc/ipc-channels';
import { MuragatError } from '../../shared/rpc/errors';
import type { ArchiveEvents } from '../archive/events';
import { dispatch } from '../archive/service/dispatch';
import { isAppUrl } from './app-scheme';

/** Only the app's own top-level page may call: not a subframe, not a page that navigated away. */
export function isTrustedFrame(frame: WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/**
 * One ipcMain.handle per contract call. Each message is checked for its sender frame, then
 * goes through the same dispatch as every adapter (arguments validated, errors typed).
 */
export function bindContract(ipcMain: IpcMain, service: ArchiveService): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), async (event, args: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: new MuragatError('forbidden', 'Calls are accepted only from the app’s own page.').toPayload() };
      }
      return dispatch(service, name, args, { local: true, mayWrite: true });
    });
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(callChannel(name));
  };
}

/** Sends every service event to the app's windows. */
export function forwardEvents(events: ArchiveEvents, targets: () => WebContents[]): () => void {
  return events.subscribe((name, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, { name, payload });
    }
  });
}
