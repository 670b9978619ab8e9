import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's root: the nearest folder above this module with Muragat's package.json. Found by
 * walking up because the bundler may place this code in out/main/ or out/main/chunks/.
 */
function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'muragat') return dir;
    if (dirname(dir) === dir) throw new Error(`Muragat's package.json was not found above ${start}`);
  }
}

export const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));
export const rendererDir = join(appRoot, 'out', 'renderer');
export const preloadPath = join(appRoot, 'out', 'preload', 'index.cjs');
/** The import worker thread's script, built from src/main/archive/library/import/worker-entry.ts. */
export const importWorkerPath = join(appRoot, 'out', 'main', 'import-worker.js');
export const demoDir = join(appRoot, 'resources', 'demo');

/**
 * The library Electron opens by default, `<userData>/library`, computed the way Electron computes
 * userData for the product name "Muragat", so the CLI and the desktop app agree without Electron.
 */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.MURAGAT_LIBRARY) return resolve(env.MURAGAT_LIBRARY);
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Muragat', 'library');
}
