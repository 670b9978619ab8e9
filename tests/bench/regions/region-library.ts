import { join } from 'node:path';
import { runCli, serveLibrary } from '../../e2e/harness/serve';
import { tempDir } from '../../support/temp-dir';

export interface RegionLibrary {
  url: string;
  docId: string;
  /** 1-based: the page holding `REGION_COUNT` regions, and a like page holding almost none. */
  crowdedPage: number;
  sparsePage: number;
  regionsOn(page: number): number;
  close(): Promise<void>;
}

export const REGION_COUNT = 500;
const COLUMNS = 20;

interface Listed {
  id: string;
  kind: string;
  pages: { width: number; height: number }[];
}

/**
 * The demo archive with page 1 of its newspaper covered by 500 regions in a 20 × 25 grid, each
 * with a line of text, stored through the contract as a client would, and served by the real
 * `muragat serve`. Page 2 (same size) keeps its two regions: the baseline.
 */
export async function openRegionLibrary(): Promise<RegionLibrary> {
  const dir = await tempDir('muragat-bench-regions-');
  try {
    const library = join(dir.path, 'library');
    const demo = await runCli(['demo', '--library', library]);
    if (demo.code !== 0) throw new Error(`muragat demo failed: ${demo.stderr}`);
    const served = await serveLibrary(library);
    const call = async <T>(name: string, args: unknown): Promise<T> => {
      const response = await fetch(`${served.url}api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
      const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message ?? 'failed'}`);
      return envelope.value as T;
    };
    const documents = await call<Listed[]>('listDocuments', {});
    const newspaper = documents.find((d) => d.kind === 'newspaper-issue');
    const size = newspaper?.pages[0];
    if (!newspaper || !size) throw new Error('the demo archive has no newspaper issue');
    const existing = await call<{ regions: { id: string; page: number }[] }>('getAnnotations', { docId: newspaper.id });
    const cellWidth = size.width / COLUMNS;
    const cellHeight = size.height / (REGION_COUNT / COLUMNS);
    const changes = [
      ...existing.regions.filter((r) => r.page === 0).map((r) => ({ op: 'delete', id: r.id, baseRevision: 1 })),
      ...Array.from({ length: REGION_COUNT }, (_, n) => ({
        op: 'put',
        id: `r-bench-${String(n).padStart(4, '0')}`,
        baseRevision: 0,
        content: {
          page: 0,
          shape: { type: 'rect', x: (n % COLUMNS) * cellWidth + 4, y: Math.floor(n / COLUMNS) * cellHeight + 4, width: cellWidth - 8, height: cellHeight - 8 },
          kind: n % 7 === 0 ? 'heading' : 'text',
          order: n,
          text: `Алаш автономиясы ${n}`,
          status: n % 3 === 0 ? 'done' : 'draft',
        },
      })),
    ];
    await call('saveRegions', { docId: newspaper.id, author: 'bench', changes });
    const regions = await call<{ regions: { page: number }[] }>('getAnnotations', { docId: newspaper.id });
    return {
      url: served.url,
      docId: newspaper.id,
      crowdedPage: 1,
      sparsePage: 2,
      regionsOn: (page) => regions.regions.filter((r) => r.page === page - 1).length,
      close: async () => {
        await served.stop();
        await dir.cleanup();
      },
    };
  } catch (error) {
    await dir.cleanup();
    throw error;
  }
}
