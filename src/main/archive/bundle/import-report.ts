import type { BundleImportReport } from '../../../shared/domain/bundle-report';
import type { RegionMerge } from './merge-regions';
import type { DocumentPlan } from './plan-merge';

/** A report with what the plan alone decides: documents present under another id, and documents left alone. */
export function startReport(bundle: string, plans: readonly DocumentPlan[]): BundleImportReport {
  const report: BundleImportReport = { bundle, added: [], unchanged: [], merged: [], conflicts: [], presentUnderOtherId: [], collectionsAdded: 0, sealsAdded: 0, problems: [] };
  for (const plan of plans) {
    const ref = { docId: plan.doc.id, title: plan.doc.title };
    if (plan.kind === 'twin') report.presentUnderOtherId.push({ ...ref, ourDocId: plan.ours.id, ourTitle: plan.ours.title });
    if (plan.kind === 'problem') report.problems.push({ ...ref, message: plan.message });
  }
  return report;
}

/** Adds what merging one document we have did (under our title: the one the archivist knows here). */
export function recordMerge(report: BundleImportReport, plan: Extract<DocumentPlan, { kind: 'merge' }>, merge: RegionMerge): void {
  const ref = { docId: plan.ours.id, title: plan.ours.title };
  for (const regionId of merge.conflicts) report.conflicts.push({ ...ref, regionId });
  if (!merge.changed) {
    report.unchanged.push({ ...ref, descriptionDiffers: plan.descriptionDiffers });
    return;
  }
  report.merged.push({
    ...ref,
    regionsAdded: merge.added.length,
    regionsUpdated: merge.updated.length,
    regionsUnchanged: merge.unchanged.length,
    commentsAdded: merge.commentsAdded,
    conflicts: merge.conflicts.length,
    descriptionDiffers: plan.descriptionDiffers,
  });
}
