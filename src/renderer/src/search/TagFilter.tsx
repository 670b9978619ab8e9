import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TagFilterProps {
  id: string;
  value: string | undefined;
  /** The tags the library's documents have; regions may have others, which can be typed. */
  suggestions: readonly string[];
  onChange: (tag: string | undefined) => void;
}

/** A tag to narrow by: taken when chosen from the list, on Enter, or when the field is left, not at every letter. */
export function TagFilter({ id, value, suggestions, onChange }: TagFilterProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    setDraft(null);
    const tag = text.trim() || undefined;
    if (tag !== value) onChange(tag);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.tag')}</label>
      <input
        id={id}
        list={`${id}-list`}
        value={draft ?? value ?? ''}
        placeholder={t('filters.anyTag')}
        maxLength={100}
        onChange={(event) => {
          const text = event.target.value;
          if (suggestions.includes(text)) commit(text);
          else setDraft(text);
        }}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
        data-testid="search-filter-tag"
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
