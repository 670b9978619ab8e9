import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupI18n } from './i18n/setup';
import { warmUpPdfJs } from './pdf/pdfjs';
// Bundled, so Kazakh Cyrillic and the Arabic-script press look the same on every machine, offline.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-600.css';
import './styles.css';

setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Once the first screen is up, pdf.js and its worker get ready for the first PDF page opened.
requestIdleCallback(() => void warmUpPdfJs().catch(() => undefined), { timeout: 2000 });
