import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryData } from '../data/library-data-context';
import { useImporter } from './import-context';
import { ACCEPTED_FILES } from './import-plan';

/** «Import files…» and «Import folder…»: the platform's own pickers, behind plain buttons. */
export function ImportButtons() {
  const { t } = useTranslation();
  const { state, start } = useImporter();
  const { info } = useLibraryData();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // A read-only library (in use elsewhere) takes no imports; the notice above says why.
  const busy = state.phase === 'running' || info?.readOnly === true;

  const take = (input: HTMLInputElement, asFolder: boolean) => {
    const files = [...(input.files ?? [])];
    // Cleared so that picking the same file again is noticed as a new choice.
    input.value = '';
    if (files.length === 0) return;
    if (asFolder) start({ loose: [], inFolders: files.map((file) => ({ file, relativePath: file.webkitRelativePath || file.name })), folders: [] });
    else start({ loose: files, inFolders: [], folders: [] });
  };

  return (
    <div className="import-buttons" role="group" aria-label={t('import.heading')}>
      <button type="button" className="primary" onClick={() => filesInput.current?.click()} disabled={busy} data-testid="import-files">
        {t('import.files')}
      </button>
      <button type="button" onClick={() => folderInput.current?.click()} disabled={busy} data-testid="import-folder">
        {t('import.folder')}
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        tabIndex={-1}
        aria-label={t('import.files')}
        data-testid="import-files-input"
        onChange={(event) => take(event.currentTarget, false)}
      />
      <input
        ref={(input) => {
          folderInput.current = input;
          // webkitdirectory is not in React's attribute list; set on the element itself.
          if (input) input.webkitdirectory = true;
        }}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-label={t('import.folder')}
        data-testid="import-folder-input"
        onChange={(event) => take(event.currentTarget, true)}
      />
    </div>
  );
}
