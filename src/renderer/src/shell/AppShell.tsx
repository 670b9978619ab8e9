import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { api } from '../api/api';
import { useCall } from '../api/use-call';
import { LanguageSwitch } from './LanguageSwitch';
import { LibraryNotices } from './LibraryNotices';

/** The frame around every view: title bar, language, notices about the library's state. */
export function AppShell() {
  const { t } = useTranslation();
  const info = useCall(() => api.call.libraryInfo({}), []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      {info.status === 'done' && <LibraryNotices info={info.value} />}
      {info.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('status.connectionLost', { message: info.error.message })}
        </p>
      )}
      <main id="main" className="content">
        <Outlet />
      </main>
    </div>
  );
}
