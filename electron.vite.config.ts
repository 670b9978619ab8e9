import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __MURAGAT_VERSION__: JSON.stringify(version) };
const pdfjsDir = resolve('node_modules/pdfjs-dist');

export default defineConfig({
  main: {
    define,
    build: {
      rollupOptions: {
        // The Electron entry, the plain-Node CLI and the import worker share the engine.
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/main/cli.ts'),
          'import-worker': resolve('src/main/archive/library/import/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload may require only 'electron': bundle everything else, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    define,
    root: resolve('src/renderer'),
    plugins: [
      react(),
      // pdf.js data files, served by the app's own scheme: no CDN, ever.
      viteStaticCopy({
        targets: ['cmaps', 'standard_fonts', 'wasm', 'iccs'].map((dir) => ({
          src: `${pdfjsDir}/${dir}/*`,
          dest: `pdfjs/${dir}`,
        })),
      }),
    ],
    build: {
      // Less script to parse before the first page shows; pdf.js comes later, in its own chunk.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
