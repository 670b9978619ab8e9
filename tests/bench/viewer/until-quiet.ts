import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';

/** How long nothing may have been on the network before a viewer counts as started: a reader's glance. */
const QUIET_MS = 500;
const POLL_MS = 25;

/**
 * Waits until the page has had no request in flight for a moment: a viewer that has finished
 * starting (ours loads pdf.js, starts its worker and fetches the library's thumbnails after its
 * first paint; the stock page has loaded pdf.js before it says it is ready), as it is when a
 * reader opens a file in it, not in the instant its first element appears.
 */
export async function untilQuiet(page: Page, timeoutMs: number): Promise<void> {
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`the page did not come to rest within ${timeoutMs} ms`);
      await sleep(POLL_MS);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
