import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface GoToPageProps {
  page: number;
  total: number;
  onGo: (page: number) => void;
}

/** The page number as a field: type another and press Enter to go there (Ctrl/Cmd+G focuses it). */
export function GoToPage({ page, total, onGo }: GoToPageProps) {
  const { t } = useTranslation();
  // What the reader is typing; null shows the current page.
  const [typed, setTyped] = useState<string | null>(null);
  const go = () => {
    const wanted = Number(typed);
    if (typed !== null && Number.isInteger(wanted) && wanted >= 1 && wanted <= total) onGo(wanted);
    setTyped(null);
  };
  return (
    <span className="go-to-page" data-testid="page-indicator">
      <input
        id="go-to-page"
        className="go-to-page-input"
        data-testid="go-to-page"
        inputMode="numeric"
        aria-label={t('viewer.command.go-to-page')}
        value={typed ?? String(page)}
        size={Math.max(2, String(total).length)}
        onChange={(event) => setTyped(event.target.value.replace(/\D/g, ''))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            go();
            event.currentTarget.blur();
          } else if (event.key === 'Escape') {
            setTyped(null);
            event.currentTarget.blur();
          }
        }}
        onBlur={() => setTyped(null)}
        onFocus={(event) => event.currentTarget.select()}
      />
      <span className="muted">{t('viewer.ofTotal', { total })}</span>
    </span>
  );
}
