import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { LibraryView } from './library/LibraryView';
import { SearchView } from './search/SearchView';
import { SealPage } from './seals/SealPage';
import { SealsView } from './seals/SealsView';
import { AppShell } from './shell/AppShell';
import { TrashView } from './trash/TrashView';
import { CompareView } from './viewer/compare/CompareView';
import { DocumentView } from './viewer/DocumentView';
import { prefetchPageRoute } from './viewer/stage/prefetch-page';
import { openingAnotherDocument, startOpening } from './viewer/state/document-opening';

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
      {
        path: 'doc/:docId',
        loader: startOpening,
        shouldRevalidate: openingAnotherDocument,
        // The loaders answer at once: at start there is nothing to show in the meantime.
        HydrateFallback: () => null,
        children: [
          { index: true, element: <Navigate to="page/1" replace /> },
          { path: 'page/:page', element: <DocumentView />, loader: prefetchPageRoute },
        ],
      },
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
