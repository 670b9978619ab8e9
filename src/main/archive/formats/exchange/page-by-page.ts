import type { ExportStep } from './export-types';

/** Makes something of each page in turn, yielding after each one: every exporter's page loop. */
export function* pageByPage<T, R>(pages: readonly T[], make: (page: T) => R): Generator<ExportStep, R[], void> {
  const made: R[] = [];
  for (const page of pages) {
    made.push(make(page));
    yield { done: made.length, total: pages.length };
  }
  return made;
}
