import { resolve } from 'node:path';
import type { BundleImportReport } from '../../../shared/domain/bundle-report';
import type { Archive } from '../../archive/archive';
import { withArchive, printJson, EXIT, type CallFn, type CommandContext } from '../context';
import { withJob } from '../job-progress';

/** Runs a bundle call under a job: its files and documents counted on stderr, Ctrl+C to cancel. */
const withProgress = <T>(ctx: CommandContext, call: CallFn, archive: Archive, run: (jobId: string) => Promise<T>): Promise<T> =>
  withJob(ctx, call, archive, { event: 'bundleProgress', line: ({ done, total, what }) => ctx.t('cli.bundle.progress', { done, total, what }) }, run);

/** Writes the chosen documents, their scans and annotations into one zip file. */
export async function exportBundleCommand(ctx: CommandContext, options: { doc: string[]; out: string }): Promise<number> {
  return withArchive(ctx, { readOnly: true }, async (call, archive) => {
    const result = await withProgress(ctx, call, archive, (jobId) => call('exportBundle', { docIds: options.doc, outPath: resolve(options.out), jobId }));
    if (ctx.json) printJson(ctx, result);
    else ctx.io.stdout(ctx.t('cli.bundle.wrote', { path: result.path ?? result.name, documents: result.documents, files: result.files, bytes: result.bytes }));
    return EXIT.ok;
  });
}

function printReport(ctx: CommandContext, report: BundleImportReport): void {
  for (const doc of report.added) ctx.io.stdout(ctx.t('cli.bundle.added', { title: doc.title, id: doc.docId }));
  for (const doc of report.unchanged) ctx.io.stdout(ctx.t('cli.bundle.unchanged', { title: doc.title, id: doc.docId }));
  for (const doc of report.merged) ctx.io.stdout(ctx.t('cli.bundle.merged', { title: doc.title, id: doc.docId, added: doc.regionsAdded, updated: doc.regionsUpdated, conflicts: doc.conflicts }));
  for (const doc of report.presentUnderOtherId) ctx.io.stdout(ctx.t('cli.bundle.otherId', { title: doc.title, ours: doc.ourDocId }));
  for (const problem of report.problems) ctx.io.stdout(ctx.t('cli.bundle.problem', { title: problem.title ?? problem.docId ?? '', message: problem.message }));
  if (report.conflicts.length > 0) ctx.io.stdout(ctx.t('cli.bundle.conflicts', { count: report.conflicts.length }));
}

/** Merges a bundle into the library: new documents added, known ones merged, regions both sides edited set aside as conflicts. */
export async function importBundleCommand(ctx: CommandContext, file: string): Promise<number> {
  return withArchive(ctx, {}, async (call, archive) => {
    const report = await withProgress(ctx, call, archive, (jobId) => call('importBundle', { path: resolve(file), jobId }));
    if (ctx.json) printJson(ctx, report);
    else printReport(ctx, report);
    return report.problems.length === 0 ? EXIT.ok : EXIT.failed;
  });
}
