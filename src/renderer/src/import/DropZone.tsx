import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImporter } from './import-context';
import { droppedFiles } from './dropped-files';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** While files are dragged over the window, a drop zone covers it; dropping them imports them. */
export function DropZone() {
  const { t } = useTranslation();
  const { state, start } = useImporter();
  const [dragging, setDragging] = useState(false);
  const busy = state.phase === 'running';

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    // A file dropped anywhere else must not replace the app with the file itself.
    const onOverOrDrop = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOverOrDrop);
    window.addEventListener('drop', onOverOrDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOverOrDrop);
      window.removeEventListener('drop', onOverOrDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div
      className="drop-zone"
      data-testid="drop-zone"
      data-busy={busy}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
      }}
      onDragLeave={(event) => {
        if (event.target === event.currentTarget) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (busy) return;
        const read = droppedFiles(event.dataTransfer);
        void read().then(start);
      }}
    >
      <div className="drop-zone-card">
        <p className="drop-zone-title">{busy ? t('import.busy') : t('import.dropHere')}</p>
        {!busy && <p className="muted">{t('import.dropHint')}</p>}
      </div>
    </div>
  );
}
