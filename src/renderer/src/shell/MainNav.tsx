import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLibraryData } from '../data/library-data-context';
import { useLibrarySearchKey } from '../search/use-library-search-key';

/** The sections: the library, its search (with its key, Ctrl/Cmd+Shift+F), the seal catalogue, the trash (with how much is in it). */
export function MainNav() {
  const { t } = useTranslation();
  const { info } = useLibraryData();
  useLibrarySearchKey();
  const trash = info?.trashCount ?? 0;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <NavLink to="/" end data-testid="nav-library">
        {t('nav.library')}
      </NavLink>
      <NavLink to="/search" aria-keyshortcuts="Control+Shift+F Meta+Shift+F" data-testid="nav-search">
        {t('search.nav')}
      </NavLink>
      <NavLink to="/seals" data-testid="nav-seals">
        {t('nav.seals')}
      </NavLink>
      <NavLink to="/trash" data-testid="nav-trash">
        {t('nav.trash')}
        {trash > 0 && (
          <span className="nav-count" aria-label={t('nav.trashCount', { count: trash })}>
            {trash}
          </span>
        )}
      </NavLink>
    </nav>
  );
}
