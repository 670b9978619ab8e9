import { useEffect, useEffectEvent, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusSearchField, SEARCH_FIELD_ID } from './search-field-focus';

/** How long typing rests before the search runs: each keystroke does not cost a search. */
export const SEARCH_DELAY_MS = 200;

interface SearchFieldProps {
  /** The query in the URL. */
  value: string;
  onSearch: (query: string) => void;
  /** Arrow down from the field: on to the results. */
  onLeaveDown: () => void;
}

/** The query field: what is typed is searched once typing rests, or at once on Enter. */
export function SearchField({ value, onSearch, onLeaveDown }: SearchFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  // Back, Forward or a link change the URL's query: the field follows (adjusting state while rendering, not in an effect).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = (query: string) => {
    if (query !== value) onSearch(query);
  };
  const commitLater = useEffectEvent(() => commit(draft));

  useEffect(() => {
    const timer = setTimeout(commitLater, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  // Opened by the search key or a link: ready to type, the last query selected so typing replaces it.
  useEffect(() => void focusSearchField(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit(draft);
    else if (event.key === 'ArrowDown') onLeaveDown();
    else return;
    event.preventDefault();
  };

  return (
    <div className="search-field" role="search">
      <label htmlFor={SEARCH_FIELD_ID} className="visually-hidden">
        {t('search.field.label')}
      </label>
      <input
        id={SEARCH_FIELD_ID}
        type="search"
        value={draft}
        placeholder={t('search.field.placeholder')}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        data-testid="search-input"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
