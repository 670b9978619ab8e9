import { useTranslation } from 'react-i18next';
import type { ContentChange, ValueField } from './revision-changes';

/** Kind, status and direction are words of the interface; the rest are codes and ids shown as they are. */
function useValueName() {
  const { t } = useTranslation();
  return (field: ValueField, value: string | undefined) => {
    if (value === undefined) return t('annotate.panel.unset');
    if (field === 'kind' || field === 'status' || field === 'direction') return t(`annotate.panel.${field}.${value}`);
    return value;
  };
}

/** What besides the text differs between a revision and the region now ("from → to"). */
export function ChangeList({ changes }: { changes: readonly ContentChange[] }) {
  const { t } = useTranslation();
  const name = useValueName();
  if (changes.length === 0) return null;
  return (
    <ul className="change-list" aria-label={t('annotate.panel.history.changes')} data-testid="revision-changes">
      {changes.map((change) => (
        <li key={change.field}>
          {'from' in change
            ? t('annotate.panel.history.changed', { field: t(`annotate.panel.history.field.${change.field}`), from: name(change.field, change.from), to: name(change.field, change.to) })
            : 'added' in change
              ? t('annotate.panel.history.tags', { added: change.added.join(', ') || '—', removed: change.removed.join(', ') || '—' })
              : t(`annotate.panel.history.field.${change.field}Changed`)}
        </li>
      ))}
    </ul>
  );
}
