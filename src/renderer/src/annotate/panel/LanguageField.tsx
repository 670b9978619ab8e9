import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageTag } from '../../../../shared/domain/annotations';

/** The languages of this archive's press; anything else is typed as a BCP 47 tag. */
const LANGUAGES = ['kk', 'ru', 'tt', 'ar'] as const;
const OTHER = 'other';

const isListed = (tag: string | undefined) => tag !== undefined && (LANGUAGES as readonly string[]).includes(tag);

interface LanguageFieldProps {
  language: string | undefined;
  onChange: (language: string | undefined) => void;
}

/** A select of the usual languages, and "other" with a field for any BCP 47 tag (kk-Arab, fa, chg…). */
export function LanguageField({ language, onChange }: LanguageFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  // The tag being typed, for as long as the region's language is the one it was typed over.
  const [typing, setTyping] = useState<{ over: string | undefined; text: string; open: boolean } | null>(null);
  const current = typing?.over === language ? typing : null;
  const other = current?.open === true || (language !== undefined && !isListed(language));
  const text = current?.text ?? (isListed(language) ? '' : (language ?? ''));
  const valid = text.trim() === '' || LanguageTag.safeParse(text.trim()).success;

  const choose = (value: string) => {
    if (value === OTHER) setTyping({ over: language, text: isListed(language) ? '' : (language ?? ''), open: true });
    else {
      setTyping(null);
      onChange(value || undefined);
    }
  };
  const type = (next: string) => {
    const tag = next.trim();
    // Only a valid tag (or none) reaches the region; the field keeps what is typed meanwhile.
    const reaches = tag === '' ? undefined : LanguageTag.safeParse(tag).success ? tag : null;
    setTyping({ over: reaches === null ? language : reaches, text: next, open: true });
    if (reaches !== null && reaches !== language) onChange(reaches);
  };

  return (
    <div className={valid ? 'field' : 'field is-invalid'}>
      <label htmlFor={`${id}-language`}>{t('annotate.panel.languageLabel')}</label>
      <select id={`${id}-language`} value={other ? OTHER : (language ?? '')} onChange={(event) => choose(event.target.value)} data-testid="region-language">
        <option value="">{t('annotate.panel.unset')}</option>
        {LANGUAGES.map((tag) => (
          <option key={tag} value={tag}>
            {t(`annotate.panel.language.${tag}`)}
          </option>
        ))}
        <option value={OTHER}>{t('annotate.panel.language.other')}</option>
      </select>
      {other && (
        <>
          <input
            value={text}
            aria-label={t('annotate.panel.languageTag')}
            placeholder={t('annotate.panel.languageTagPlaceholder')}
            spellCheck={false}
            aria-invalid={valid ? undefined : true}
            aria-describedby={valid ? undefined : `${id}-error`}
            onChange={(event) => type(event.target.value)}
            data-testid="region-language-tag"
          />
          {!valid && (
            <p id={`${id}-error`} className="field-error">
              {t('annotate.panel.languageInvalid')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
