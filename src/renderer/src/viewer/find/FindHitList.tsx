import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract';
import { Snippet } from '../../search/Snippet';

interface FindHitListProps {
  id: string;
  stops: readonly SearchHit[];
  /** The stop last gone to. */
  at: number | null;
  onOpen: (index: number) => void;
}

/** The places found in the document, page by page: any of them is one click away. */
export function FindHitList({ id, stops, at, onOpen }: FindHitListProps) {
  const { t } = useTranslation();
  return (
    <ol id={id} className="find-hits" aria-label={t('search.find.list')} data-testid="find-hit-list">
      {stops.map((stop, index) => (
        <li key={index}>
          <button
            type="button"
            className="find-hit"
            aria-current={index === at ? 'location' : undefined}
            onClick={() => onOpen(index)}
            data-testid="find-hit"
            data-page={stop.page + 1}
            data-field={stop.field}
            data-region-id={stop.regionId}
          >
            <span className="find-hit-where">
              {t('search.page', { page: stop.page + 1 })} · {t(`search.where.${stop.field}`)}
            </span>
            <Snippet text={stop.snippet} highlights={stop.highlights} />
          </button>
        </li>
      ))}
    </ol>
  );
}
