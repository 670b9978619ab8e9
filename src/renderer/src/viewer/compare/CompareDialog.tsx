import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLibraryData } from '../../data/library-data-context';
import { Dialog } from '../../ui/Dialog';
import { DialogFooter } from '../../ui/DialogFooter';
import { comparePath } from './compare-route';

interface CompareDialogProps {
  docId: string;
  page: number;
  onClose: () => void;
}

/** Chooses what to set beside the page being read: another issue, another page, a seal. */
export function CompareDialog({ docId, page, onClose }: CompareDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { documents: listed } = useLibraryData();
  const [query, setQuery] = useState('');
  const [other, setOther] = useState(docId);
  const [otherPage, setOtherPage] = useState(page === 1 ? 2 : 1);
  const matching = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return (listed ?? []).filter((d) => d.id === other || q === '' || d.title.toLocaleLowerCase().includes(q)).slice(0, 200);
  }, [listed, other, query]);
  const chosen = listed?.find((d) => d.id === other);
  const pageCount = chosen?.pages.length ?? 1;
  const valid = chosen !== undefined && otherPage >= 1 && otherPage <= pageCount;

  return (
    <Dialog title={t('viewer.compare.title')} onClose={onClose} testId="compare-dialog">
      <form
        className="compare-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          onClose();
          void navigate(comparePath({ docId, page }, { docId: other, page: otherPage }));
        }}
      >
        <label>
          {t('viewer.compare.filter')}
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} data-testid="compare-filter" />
        </label>
        <label>
          {t('viewer.compare.document')}
          <select
            size={8}
            value={other}
            onChange={(event) => {
              setOther(event.target.value);
              setOtherPage(1);
            }}
            data-testid="compare-document"
          >
            {matching.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('viewer.compare.page', { total: pageCount })}
          <input
            type="number"
            min={1}
            max={pageCount}
            value={otherPage}
            onChange={(event) => setOtherPage(Number(event.target.value))}
            data-testid="compare-page"
          />
        </label>
        <DialogFooter failure="" onCancel={onClose} actionLabel={t('viewer.compare.show')} actionDisabled={!valid} actionTestId="compare-show" />
      </form>
    </Dialog>
  );
}
