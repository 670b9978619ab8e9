import { useEffect, useEffectEvent } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { matchShortcut } from '../viewer/shortcuts';
import { librarySearchPath } from './last-search';
import { focusSearchField } from './search-field-focus';

/**
 * Ctrl/Cmd+Shift+F outside a document: the library search, its field focused. Inside a document
 * the viewer's own keys answer it (its 'search-library' command), so it is not answered twice.
 * A modified key, so it works while typing in a field too.
 */
export function useLibrarySearchKey(): void {
  const navigate = useNavigate();
  const inViewer = useMatch('/doc/:docId/page/:page') !== null;
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (inViewer || event.defaultPrevented || matchShortcut(event) !== 'search-library') return;
    event.preventDefault();
    if (!focusSearchField()) void navigate(librarySearchPath());
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
