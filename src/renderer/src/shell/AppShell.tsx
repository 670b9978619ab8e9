import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LibraryDataProvider } from '../data/LibraryDataProvider';
import { useLibraryData } from '../data/library-data-context';
import { DropZone } from '../import/DropZone';
import { ImportButtons } from '../import/ImportButtons';
import { ImportProvider } from '../import/ImportProvider';
import { ImportStatus } from '../import/ImportStatus';
import { AuthorName } from './AuthorName';
import { LanguageSwitch } from './LanguageSwitch';
import { LibraryNotices } from './LibraryNotices';
import { MainNav } from './MainNav';

/** The frame around every view: sections, import, language, notices about the library's state. */
export function AppShell() {
  return (
    <LibraryDataProvider>
      <ImportProvider>
        <Frame />
      </ImportProvider>
    </LibraryDataProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const { info, error } = useLibraryData();
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route: following «#main» would leave the page.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <MainNav />
        <div className="topbar-end">
          <ImportButtons />
          <AuthorName />
          <LanguageSwitch />
        </div>
      </header>
      {info && <LibraryNotices info={info} />}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('status.connectionLost', { message: error.message })}
        </p>
      )}
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <ImportStatus />
      <DropZone />
    </div>
  );
}
