import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.MURAGAT_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium (never a downloaded one). Missing Chromium fails loudly: a skipped e2e test proves nothing. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'End-to-end tests need Chromium: install it with `apt-get install chromium` (or set MURAGAT_CHROMIUM to its binary).',
    );
  }
  return found;
}

/** Headless, no network chatter of its own (this machine has no internet), fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
    ],
  });
}
