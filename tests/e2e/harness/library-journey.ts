import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { tempDir } from '../../support/temp-dir';
import { launchChromium } from './chromium';
import { openGuardedPage, type GuardedPage } from './guarded-page';
import { runCli, serveLibrary, type ServedLibrary } from './serve';

export interface LibraryJourney {
  /** A temporary folder for files the journey makes. */
  dir: () => string;
  library: () => string;
  served: () => ServedLibrary;
  /** A guarded page on the app (optionally at a hash route such as '#/seals'). */
  open: (route?: string, options?: { locale?: string }) => Promise<Page>;
  /** A contract call straight to the server, for checking what the UI did. */
  call: <T = unknown>(name: string, args?: unknown) => Promise<T>;
}

/**
 * One served library for a file of journeys: the demo archive (or what `prepare` writes) in a
 * temporary folder, the real `muragat serve`, Debian's Chromium. After every journey: nothing
 * left the app's origin and nothing went wrong in the console.
 */
export function libraryJourney(prepare?: (library: string) => Promise<void>): LibraryJourney {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let browser: Browser;
  let served: ServedLibrary;
  let guarded: GuardedPage | undefined;
  const library = () => join(dir.path, 'library');

  beforeAll(async () => {
    dir = await tempDir('muragat-e2e-');
    if (prepare) await prepare(library());
    else {
      const demo = await runCli(['demo', '--library', library()]);
      expect(demo.code, demo.stderr).toBe(0);
    }
    browser = await launchChromium();
    served = await serveLibrary(library());
  });
  afterEach(async () => {
    if (!guarded) return;
    const { foreignRequests, errors } = guarded;
    await guarded.close();
    guarded = undefined;
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
    await served.stop();
    await dir.cleanup();
  });

  return {
    dir: () => dir.path,
    library,
    served: () => served,
    open: async (route = '', options = {}) => {
      guarded = await openGuardedPage(browser, served.origin, options);
      await guarded.page.goto(`${served.url}${route}`);
      return guarded.page;
    },
    call: async <T>(name: string, args: unknown = {}) => {
      const response = await fetch(`${served.url}api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
      const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message ?? 'failed'}`);
      return envelope.value as T;
    },
  };
}

/** The document ids of the rows shown, in order. */
export const rowIds = (page: Page): Promise<string[]> =>
  page.getByTestId('library-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-doc-id') ?? ''));

/** Demo documents by kind: the newspaper issue, the archival order and the seal. */
export async function demoIds(journey: LibraryJourney): Promise<{ newspaper: string; order: string; seal: string }> {
  const documents = await journey.call<{ id: string; kind: string }[]>('listDocuments');
  const of = (kind: string) => documents.find((d) => d.kind === kind)?.id ?? '';
  return { newspaper: of('newspaper-issue'), order: of('document'), seal: of('seal') };
}
