import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { DocumentView } from './viewer/DocumentView';
import { LibraryView } from './library/LibraryView';
import { AppShell } from './shell/AppShell';

/** Deep links: #/ is the library, #/doc/<id>/page/<n> opens page n (1-based) of a document. */
const router = createHashRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <LibraryView /> },
      { path: 'doc/:docId', element: <Navigate to="page/1" replace /> },
      { path: 'doc/:docId/page/:page', element: <DocumentView /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
