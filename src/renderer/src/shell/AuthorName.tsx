import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthor, writeAuthor } from '../annotate/author/author-store';

/** Who is working at this screen: recorded with every change and comment they make. */
export function AuthorName() {
  const { t } = useTranslation();
  const saved = useAuthor();
  // What is being typed, until the field is left (a half-typed name is not recorded).
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="author-name">
      <span>{t('annotate.author.label')}</span>
      <input
        data-testid="author-name"
        value={draft ?? saved}
        placeholder={t('annotate.author.placeholder')}
        maxLength={200}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== null) writeAuthor(draft);
          setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
    </label>
  );
}
