import { useSyncExternalStore } from 'react';

const KEY = 'muragat.author';
const listeners = new Set<() => void>();

/** The name this screen's changes are recorded under: a setting of the screen, as each archivist has their own terminal. */
export const readAuthor = (): string => localStorage.getItem(KEY) ?? '';

export function writeAuthor(name: string): void {
  const trimmed = name.trim().slice(0, 200);
  if (trimmed) localStorage.setItem(KEY, trimmed);
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the app changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const useAuthor = (): string => useSyncExternalStore(subscribe, readAuthor);
