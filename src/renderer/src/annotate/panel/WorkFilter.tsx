import { useTranslation } from 'react-i18next';

interface WorkFilterProps {
  needingWork: boolean;
  onChange: (needingWork: boolean) => void;
}

/** All the page's regions, or only those still in draft or in progress. */
export function WorkFilter({ needingWork, onChange }: WorkFilterProps) {
  const { t } = useTranslation();
  return (
    <div className="work-filter" role="group" aria-label={t('annotate.panel.filter.label')}>
      <button type="button" className="small" aria-pressed={!needingWork} onClick={() => onChange(false)} data-testid="filter-all">
        {t('annotate.panel.filter.all')}
      </button>
      <button type="button" className="small" aria-pressed={needingWork} onClick={() => onChange(true)} data-testid="filter-needing-work">
        {t('annotate.panel.filter.needingWork')}
      </button>
    </div>
  );
}
