import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { LibraryView } from './library/LibraryView';
import { SearchView } from './search/SearchView';
import { SealPage } from './seals/SealPage';
import { SealsView } from './seals/SealsView';
import { AppShell } from './shell/AppShell';
import { TrashView } from './trash/TrashView';
import { CompareView } from './viewer/compare/CompareView';
import { DocumentView } from './viewer/DocumentView';
import { PAGE_ROUTE } from './viewer/page-route';

/**
 * Deep links: #/ is the library, #/doc/<id>/page/<n> opens page n (1-based) of a document,
 * #/compare/<doc>/<page>/<doc>/<page> two pages side by side,
 * #/search?q=…&publication=…&from=…&to=…&kind=…&status=…&tag=…&entity=… the library search,
 * #/seals the seal catalogue and #/seals/<id> one seal, #/trash the trash.
 */
const router = createHashRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <LibraryView /> },
      { path: 'doc/:docId', element: <Navigate to="page/1" replace /> },
      { path: PAGE_ROUTE, element: <DocumentView /> },
      { path: 'compare/:leftDoc/:leftPage/:rightDoc/:rightPage', element: <CompareView /> },
      { path: 'search', element: <SearchView /> },
      { path: 'seals', element: <SealsView /> },
      { path: 'seals/:sealId', element: <SealPage /> },
      { path: 'trash', element: <TrashView /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
