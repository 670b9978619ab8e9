import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../shared/domain/exchange';
import { downloadUrl } from './download-url';

/** The files an export made, each a download link; one file is offered at once as well. */
export function ExportedFiles({ files }: { files: readonly ExportedFile[] }) {
  const { t } = useTranslation();
  const links = useMemo(() => files.map((file) => ({ file, url: downloadUrl(file) })), [files]);
  useEffect(() => () => links.forEach(({ url }) => URL.revokeObjectURL(url)), [links]);
  return (
    <div className="exported-files" data-testid="exported-files">
      <p role="status">{t('exchange.export.made', { count: files.length })}</p>
      <ul>
        {links.map(({ file, url }) => (
          <li key={file.name}>
            <a href={url} download={file.name} data-testid="exported-file">
              {file.name}
            </a>{' '}
            <span className="muted">{t('exchange.export.size', { size: new Blob([file.content]).size.toLocaleString() })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
