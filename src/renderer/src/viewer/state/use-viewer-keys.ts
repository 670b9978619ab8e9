import { useEffect, useEffectEvent } from 'react';
import { matchShortcut, type ViewerCommand } from '../shortcuts';

/** Keys typed into a field, or inside a dialog, are the field's and the dialog's, not the viewer's. */
function belongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, dialog') !== null;
}

/** Runs the viewer's shortcuts while the viewer is shown. */
export function useViewerKeys(run: (command: ViewerCommand) => void): void {
  const onCommand = useEffectEvent(run);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || belongsElsewhere(event.target)) return;
      const command = matchShortcut(event);
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
