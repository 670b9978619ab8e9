import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, CDPSession } from 'playwright-core';

/**
 * Time for freed memory to go back to the system after the collection, and for a viewer at rest
 * to do what it does at rest (ours empties pdf.js's caches once paging has rested 2 s).
 */
const SETTLE_MS = 3000;

/**
 * Runs a full garbage collection in every page and worker (pdf.js's worker holds its own heap)
 * of the browser, through DevTools sessions attached to each target in turn.
 */
async function collectGarbage(cdp: CDPSession): Promise<void> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const target of targetInfos.filter((t) => t.type === 'page' || t.type === 'worker')) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    await new Promise<void>((resolve) => {
      const onMessage = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId || (JSON.parse(event.message) as { id?: number }).id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve();
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }) });
    });
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

/** A process's proportional set size (shared pages split among their users), else its RSS, in bytes. */
async function footprint(pid: number): Promise<number> {
  const kib = async (file: string, field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(await readFile(`/proc/${pid}/${file}`, 'utf8'));
    if (!match?.[1]) throw new Error(`/proc/${pid}/${file} has no ${field}`);
    return Number(match[1]) * 1024;
  };
  return kib('smaps_rollup', 'Pss').catch(() => kib('status', 'VmRSS'));
}

/**
 * The viewer's memory: after a forced collection and a short settle, the footprint of the
 * renderer process that did the work (the one with the most CPU time: the browser also keeps a
 * spare renderer and one for its own UI, which are not the viewer's) plus the GPU process,
 * which holds the composited page. Run in a browser that shows nothing else.
 */
export async function viewerMemory(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    await collectGarbage(cdp);
    await sleep(SETTLE_MS);
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const renderer = processInfo.filter((p) => p.type === 'renderer').sort((a, b) => b.cpuTime - a.cpuTime)[0];
    if (!renderer) throw new Error('the browser has no renderer process');
    const gpu = processInfo.filter((p) => p.type === 'GPU');
    const sizes = await Promise.all([renderer, ...gpu].map((p) => footprint(p.id)));
    return sizes.reduce((sum, size) => sum + size, 0);
  } finally {
    await cdp.detach();
  }
}
