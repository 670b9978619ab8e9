import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transliterate, type ShownScript } from './transliteration';

const SCRIPTS: readonly ShownScript[] = ['latin', 'cyrillic', 'tote'];

/** "Show in Latin / Cyrillic / төте жазу": a reading of the text for checking, never a change to it. */
export function TextInScripts({ text }: { text: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ShownScript | null>(null);
  return (
    <div className="text-in-scripts">
      <div className="work-filter" role="group" aria-label={t('annotate.panel.showIn.label')}>
        {SCRIPTS.map((script) => (
          <button
            key={script}
            type="button"
            className="small"
            aria-pressed={shown === script}
            onClick={() => setShown(shown === script ? null : script)}
            data-testid={`show-in-${script}`}
          >
            {t(`annotate.panel.showIn.${script}`)}
          </button>
        ))}
      </div>
      {shown && (
        <p className="transliterated" dir={shown === 'tote' ? 'rtl' : 'ltr'} lang={shown === 'tote' ? 'kk-Arab' : shown === 'latin' ? 'kk-Latn' : 'kk'} data-testid="transliterated">
          {transliterate(text, shown)}
        </p>
      )}
    </div>
  );
}
