import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLibraryData } from '../data/library-data-context';

/** The three sections: the library, the seal catalogue, the trash (with how much is in it). */
export function MainNav() {
  const { t } = useTranslation();
  const { info } = useLibraryData();
  const trash = info?.trashCount ?? 0;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <NavLink to="/" end data-testid="nav-library">
        {t('nav.library')}
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
