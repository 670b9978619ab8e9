import { useEffect, useState } from 'react';
import { api } from './api';

/** A number that grows whenever the library changes (an import from the menu, another window). */
export function useLibraryVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => api.on('libraryChanged', () => setVersion((v) => v + 1)), []);
  return version;
}
