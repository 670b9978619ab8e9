// `npm start`: the desktop app on the built renderer, or a clear word on what to do without Electron.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const installed = existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));

if (!installed) {
  const language = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en').slice(0, 2).toLowerCase();
  const catalogue = ['kk', 'ru'].includes(language) ? language : 'en';
  const { cli } = JSON.parse(readFileSync(new URL(`../src/shared/i18n/locales/${catalogue}.json`, import.meta.url), 'utf8'));
  process.stderr.write(`${cli.electronMissing}\n`);
  process.exit(1);
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
