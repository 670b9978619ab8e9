import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../shared/domain/exchange';
import { downloadable } from './download-url';
import { zipFiles } from './zip-files';

/** Saves a Blob made at the moment of asking under `name`, as a link would. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken the Blob by now; the URL is not needed again.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The files an export made, each a download link; several (PAGE and ALTO: a file per page) are
 * offered as one ZIP too, made when asked, so that a 300-page issue is one download, not 300.
 */
export function ExportedFiles({ files, zipName }: { files: readonly ExportedFile[]; zipName: string }) {
  const { t } = useTranslation();
  // Each file encoded once, for its link and its size: an export of a long issue is tens of megabytes.
  const links = useMemo(() => files.map((file) => ({ file, ...downloadable(file) })), [files]);
  useEffect(() => () => links.forEach(({ url }) => URL.revokeObjectURL(url)), [links]);
  return (
    <div className="exported-files" data-testid="exported-files">
      <p role="status">{t('exchange.export.made', { count: files.length })}</p>
      {files.length > 1 && (
        <p>
          <button type="button" onClick={() => saveBlob(zipFiles(files), zipName)} data-testid="exported-zip">
            {t('exchange.export.zip', { name: zipName })}
          </button>
        </p>
      )}
      <ul>
        {links.map(({ file, url, bytes }) => (
          <li key={file.name}>
            <a href={url} download={file.name} data-testid="exported-file">
              {file.name}
            </a>{' '}
            <span className="muted">{t('exchange.export.size', { size: bytes })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
