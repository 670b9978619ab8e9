import { useTranslation } from 'react-i18next';

interface YearRangeFieldsProps {
  /** Prefix of the two inputs' ids (a useId of the form). */
  id: string;
  from: number | undefined;
  to: number | undefined;
  /** The years the documents span, shown as placeholders. */
  span: { min: number; max: number } | undefined;
  /** The smallest year the form accepts. */
  min: number;
  className: string;
  /** `<prefix>-from` and `<prefix>-to`. */
  testIdPrefix: string;
  onChange: (change: { from?: number | undefined; to?: number | undefined }) => void;
}

/** A typed year, or none while the field holds something else. */
const yearOf = (text: string): number | undefined => (/^\d{1,4}$/.test(text) ? Number(text) : undefined);

/** "Years: from – to", the library's filters and the search's alike. */
export function YearRangeFields({ id, from, to, span, min, className, testIdPrefix, onChange }: YearRangeFieldsProps) {
  const { t } = useTranslation();
  const field = (end: 'from' | 'to', value: number | undefined) => (
    <>
      <label htmlFor={`${id}-${end}`} className="visually-hidden">
        {t(end === 'from' ? 'filters.yearFrom' : 'filters.yearTo')}
      </label>
      <input
        id={`${id}-${end}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={9999}
        placeholder={span ? String(end === 'from' ? span.min : span.max) : t(end === 'from' ? 'filters.yearFrom' : 'filters.yearTo')}
        value={value ?? ''}
        onChange={(event) => onChange({ [end]: yearOf(event.target.value) })}
        data-testid={`${testIdPrefix}-${end}`}
      />
    </>
  );
  return (
    <fieldset className={`field ${className}`}>
      <legend>{t('filters.years')}</legend>
      {field('from', from)}
      <span aria-hidden="true">–</span>
      {field('to', to)}
    </fieldset>
  );
}
