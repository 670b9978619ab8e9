/** IPC channel names, shared by the preload and the main-process binding. */
export const callChannel = (name: string): string => `muragat:call:${name}`;
export const EVENT_CHANNEL = 'muragat:event';
