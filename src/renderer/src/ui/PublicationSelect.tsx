import { useTranslation } from 'react-i18next';

interface PublicationSelectProps {
  id: string;
  value: string | undefined;
  publications: readonly string[];
  testId: string;
  onChange: (publication: string | undefined) => void;
}

/** "Publication: any / «Қазақ» / «Сарыарқа» …", the library's filters and the search's alike. */
export function PublicationSelect({ id, value, publications, testId, onChange }: PublicationSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.publication')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} data-testid={testId}>
        <option value="">{t('filters.anyPublication')}</option>
        {publications.map((publication) => (
          <option key={publication} value={publication}>
            {publication}
          </option>
        ))}
      </select>
    </div>
  );
}
