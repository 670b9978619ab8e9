import { useId, type HTMLAttributes } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The problem with the value, already in the reader's language. */
  problem?: string | undefined;
  hint?: string;
  multiline?: boolean;
  /** Suggestions offered while typing. */
  suggestions?: readonly string[];
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  testId?: string;
}

/** A labelled text input with its hint and its problem next to it, linked for screen readers. */
export function TextField({ label, value, onChange, problem, hint, multiline, suggestions, inputMode, placeholder, testId }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    dir: 'auto' as const,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': testId,
  };
  return (
    <div className={problem ? 'field is-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} inputMode={inputMode} list={suggestions ? `${id}-list` : undefined} onChange={(event) => onChange(event.target.value)} />
      )}
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
