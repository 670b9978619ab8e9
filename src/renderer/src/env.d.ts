import type { Events } from '../../shared/contract';
import type { Transport } from '../../shared/rpc/client';
import type { DesktopBridge } from '../../shared/rpc/desktop-bridge';

declare global {
  interface Window {
    /** Present in the desktop app (the preload's bridge); absent in browser mode. */
    muragat?: Transport<Events> & DesktopBridge;
  }
}
