import type { SearchResult } from '../../../shared/contract';
import { withArchive, printJson, EXIT, type CommandContext } from '../context';

/** One line per hit for scripts: where it is and what it says, without scores or offsets. */
const scriptHits = (result: SearchResult) =>
  result.groups.flatMap((group) =>
    group.hits.map(({ docId, page, regionId, field, snippet }) => ({ docId, page, ...(regionId === undefined ? {} : { regionId }), field, snippet })),
  );

/**
 * Searches the library as the app does, read-only: the index saved by the app is used when it
 * is current, else one is made in memory for this command. Exit code 0 with or without hits.
 */
export async function searchCommand(ctx: CommandContext, query: string, options: { limit?: number; ignoreDiacritics?: boolean }): Promise<number> {
  return withArchive(ctx, { readOnly: true }, async (call) => {
    const result = await call('search', { query, ignoreDiacritics: options.ignoreDiacritics ?? false, ...(options.limit === undefined ? {} : { limit: options.limit }) });
    const hits = scriptHits(result);
    if (ctx.json) {
      printJson(ctx, { total: result.total, hits });
      return EXIT.ok;
    }
    if (result.total === 0) ctx.io.stdout(ctx.t('cli.search.none'));
    for (const group of result.groups) {
      ctx.io.stdout(`${group.title}  (${group.docId})`);
      for (const hit of group.hits) {
        const where = ctx.t('cli.search.page', { page: hit.page + 1 });
        ctx.io.stdout(`  ${where.padEnd(8)} ${hit.field.padEnd(9)} ${hit.regionId ?? ''}`.trimEnd());
        ctx.io.stdout(`      ${hit.snippet}`);
      }
    }
    if (hits.length < result.total) {
      ctx.io.stdout(ctx.t('cli.search.more', { shown: hits.length, total: result.total }));
    }
    return EXIT.ok;
  });
}
