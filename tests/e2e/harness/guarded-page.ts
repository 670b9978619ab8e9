import type { Browser, Page } from 'playwright-core';

export interface GuardedPage {
  page: Page;
  /** Requests that went anywhere but the app's origin; must stay empty. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions; must stay empty. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page that records every request leaving the app's origin (and blocks it) and every console
 * error or uncaught exception, so a journey can assert there were none.
 */
export async function openGuardedPage(browser: Browser, origin: string, options: { locale?: string } = {}): Promise<GuardedPage> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const isOwn = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  context.on('request', (request) => {
    if (!isOwn(request.url())) foreignRequests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    if (isOwn(route.request().url())) return route.continue();
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, foreignRequests, errors, close: () => context.close() };
}
