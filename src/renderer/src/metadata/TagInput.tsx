import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TagInputProps {
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
  problem?: string | undefined;
}

/** Tags as chips: type one and press Enter (or a comma) to add it; each chip has its own remove button. */
export function TagInput({ label, tags, onChange, suggestions, problem }: TagInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  };
  return (
    <div className={problem ? 'field is-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="tag-input">
        {tags.length > 0 && (
          <ul className="tag-chips" aria-label={label}>
            {tags.map((tag) => (
              <li key={tag} className="chip" data-testid="tag-chip">
                <span dir="auto">{tag}</span>
                <button type="button" className="chip-remove" aria-label={t('metadata.tags.remove', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          dir="auto"
          list={`${id}-list`}
          value={text}
          placeholder={t('metadata.tags.placeholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
          onBlur={add}
          data-testid="tag-input"
        />
        <datalist id={`${id}-list`}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      </div>
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
