import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import type { ArchiveDocument } from '../../../../shared/domain/document';
import type { ViewSettings } from '../../../../shared/domain/view';
import { api } from '../../api/api';

interface Asked<T> {
  call: Promise<T>;
  at: number;
}

/** Per document, the viewer's first answers, asked for as the navigation to it began and not yet taken. */
const documents = new Map<string, Asked<ArchiveDocument>>();
const views = new Map<string, Asked<ViewSettings>>();
/** An answer asked for longer ago than this (a navigation that went elsewhere) may be out of date: it is asked again. */
const FRESH_MS = 5000;

function ask<T>(into: Map<string, Asked<T>>, docId: string, call: Promise<T>): void {
  // Whoever takes it handles its failure; a failure nobody took is nobody's to report.
  call.catch(() => undefined);
  into.set(docId, { call, at: performance.now() });
}

function take<T>(from: Map<string, Asked<T>>, docId: string): Promise<T> | undefined {
  const asked = from.get(docId);
  from.delete(docId);
  return asked && performance.now() - asked.at <= FRESH_MS ? asked.call : undefined;
}

/**
 * The document route's loader: a document's description and view settings are asked for as the
 * navigation to it starts, not once the viewer has rendered without them (a render later, and
 * each answer then held behind that render). It answers at once: the viewer never waits for it.
 */
export function startOpening({ params }: LoaderFunctionArgs): null {
  const docId = params.docId;
  if (!docId) return null;
  ask(documents, docId, api.call.getDocument({ id: docId }));
  ask(views, docId, api.call.getViewSettings({ docId }));
  return null;
}

/** The loader runs again only when another document is opened, not at every page turn. */
export const openingAnotherDocument = ({ currentParams, nextParams }: ShouldRevalidateFunctionArgs): boolean => currentParams.docId !== nextParams.docId;

/** The description asked for as the viewer was navigated to, taken once; else asked for now. */
export const openingDocument = (docId: string): Promise<ArchiveDocument> => take(documents, docId) ?? api.call.getDocument({ id: docId });

/** The view settings asked for as the viewer was navigated to, taken once; else asked for now. */
export const openingViewSettings = (docId: string): Promise<ViewSettings> => take(views, docId) ?? api.call.getViewSettings({ docId });
