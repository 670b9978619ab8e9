import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCall } from '../api/use-call';
import { useLibraryData } from '../data/library-data-context';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { librarySearchPath } from '../search/last-search';
import { ConflictDialog } from '../annotate/conflict/ConflictDialog';
import { TranscriptionPanel } from '../annotate/panel/TranscriptionPanel';
import { ExchangeDialog } from '../exchange/ExchangeDialog';
import { IncomingNotice } from '../exchange/IncomingNotice';
import { AnnotateToolbar } from '../annotate/toolbar/AnnotateToolbar';
import { useTranscription } from '../annotate/use-transcription';
import { AdjustmentsPanel } from './adjustments/AdjustmentsPanel';
import { isNeutral } from './adjustments/is-neutral';
import { useAdjustmentFilter } from './adjustments/use-adjustment-filter';
import { CompareDialog } from './compare/CompareDialog';
import { FindBar } from './find/FindBar';
import { useViewerFind } from './find/use-viewer-find';
import { turn } from './geometry/size';
import { parseZoom, stepZoom, type ZoomMode } from './geometry/zoom';
import { HelpOverlay } from './help/HelpOverlay';
import type { ViewerCommand } from './shortcuts';
import { ThumbnailSidebar } from './sidebar/ThumbnailSidebar';
import { PageStage, type StageHandle } from './stage/PageStage';
import { useAfterFirstPage } from './state/use-after-first-page';
import { openingDocument } from './state/document-opening';
import { useFullScreen } from './state/use-full-screen';
import { useStoredFlag } from './state/use-stored-flag';
import { useViewSettings } from './state/use-view-settings';
import { useViewerKeys } from './state/use-viewer-keys';
import { ViewerToolbar } from './toolbar/ViewerToolbar';
import './viewer.css';

/** How far an arrow key moves the page: a tenth of the viewport, as PDF readers do. */
const ARROW_STEP = 0.1;

/** The route: a viewer of its own for each document, so nothing of one (zoom, text found, panels) carries to the next. */
export function DocumentView() {
  const { docId = '' } = useParams();
  return <DocumentViewer key={docId} docId={docId} />;
}

/** One document: its pages on the stage, the tools around them; the page number lives in the URL. */
function DocumentViewer({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { page: pageParam = '1' } = useParams();
  const [search] = useSearchParams();
  const pageNumber = Number(pageParam);
  const doc = useCall(() => openingDocument(docId), [docId]);
  const total = doc.status === 'done' ? doc.value.pages.length : 0;
  const valid = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= total;
  const described = useLibraryData().byId.get(docId);
  const title = described?.title ?? (doc.status === 'done' ? doc.value.title : '');

  const { view, known, change, notSaved } = useViewSettings(docId);
  const [zoom, setZoom] = useState<ZoomMode>(() => parseZoom(search.get('zoom')) ?? { kind: 'fit-width' });
  const [shownZoom, setShownZoom] = useState<number | null>(null);
  const [sidebar, setSidebar] = useStoredFlag('muragat.viewer.sidebar', true);
  const [details, setDetails] = useStoredFlag('muragat.viewer.details', false);
  const [adjusting, setAdjusting] = useState(false);
  const [selectText, setSelectText] = useState(false);
  const [help, setHelp] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [exchanging, setExchanging] = useState(false);
  const linkedRegion = search.get('region');
  const [transcribingStored, setTranscribing] = useStoredFlag('muragat.viewer.transcribe', false);
  // A link to a region opens the tools on it, without changing the reader's stored choice until they do.
  const [linkOpened, setLinkOpened] = useState(linkedRegion !== null);
  const transcribing = transcribingStored || linkOpened;
  // Conflicts the archivist chose to settle later; the save status still says they wait.
  const [deferred, setDeferred] = useState<ReadonlySet<string>>(new Set());
  // A search hit in the PDF text links here with `?find=`: the find bar opens on its query.
  const [linkedFind] = useState(() => search.get('find'));
  const [finding, setFinding] = useState(linkedFind !== null);
  const [findList, setFindList] = useStoredFlag('muragat.viewer.findList', false);
  const [textPages, setTextPages] = useState<ReadonlyMap<number, boolean>>(new Map());
  const stage = useRef<StageHandle>(null);
  const viewer = useRef<HTMLElement>(null);
  const stageArea = useRef<HTMLDivElement>(null);
  const fullScreen = useFullScreen(viewer);
  const firstPage = useAfterFirstPage();
  const filter = useAdjustmentFilter(view.adjustments);

  const goTo = useCallback(
    (n: number, replace = false) => {
      if (n >= 1 && n <= total) void navigate(`/doc/${docId}/page/${n}`, { replace });
    },
    [docId, navigate, total],
  );
  const onCurrentChange = useCallback((index: number) => goTo(index + 1, true), [goTo]);
  const pages = doc.status === 'done' ? doc.value.pages : [];
  const transcription = useTranscription({ docId, pages, rotation: view.rotation, current: pageNumber - 1, stage, goTo, initialRegion: linkedRegion });
  const { session } = transcription;
  const find = useViewerFind({
    docId,
    root: stageArea,
    page: pageNumber,
    open: finding,
    initialQuery: linkedFind ?? '',
    goTo,
    openRegion: (id) => {
      // As a link to a region does: the transcription tools open on it.
      setLinkOpened(true);
      session.select(id);
      transcription.reveal(id);
    },
  });
  const conflict = session.conflicts.find((c) => !deferred.has(c.id));
  const onTextKnown = useCallback((page: number, has: boolean) => setTextPages((old) => (old.get(page) === has ? old : new Map(old).set(page, has))), []);

  const zoomTo = (mode: ZoomMode) => (stage.current ? stage.current.setZoom(mode) : setZoom(mode));
  const panBy = (fx: number, fy: number) => {
    const size = stage.current?.viewport() ?? { width: 0, height: 0 };
    return stage.current?.pan(size.width * fx, size.height * fy) ?? false;
  };

  const run = (command: ViewerCommand) => {
    switch (command) {
      case 'zoom-in':
      case 'zoom-out':
        return zoomTo({ kind: 'scale', value: stepZoom(shownZoom ?? 1, command === 'zoom-in' ? 1 : -1) });
      case 'fit-width':
      case 'fit-page':
        return zoomTo({ kind: command });
      case 'actual-size':
        return zoomTo({ kind: 'scale', value: 1 });
      case 'previous-page':
        return goTo(pageNumber - 1);
      case 'next-page':
        return goTo(pageNumber + 1);
      case 'first-page':
        return goTo(1);
      case 'last-page':
        return goTo(total);
      case 'pan-up':
        return void panBy(0, -ARROW_STEP);
      case 'pan-down':
        return void panBy(0, ARROW_STEP);
      // Across a page that fits the width there is nothing to pan: the arrow turns the page.
      case 'pan-left':
        return stage.current?.canPanAcross() ? void panBy(-ARROW_STEP, 0) : goTo(pageNumber - 1);
      case 'pan-right':
        return stage.current?.canPanAcross() ? void panBy(ARROW_STEP, 0) : goTo(pageNumber + 1);
      case 'rotate-clockwise':
        return change({ rotation: turn(view.rotation, 1) });
      case 'rotate-counterclockwise':
        return change({ rotation: turn(view.rotation, -1) });
      case 'toggle-mode':
        return change({ mode: view.mode === 'single' ? 'continuous' : 'single' });
      case 'toggle-sidebar':
        return setSidebar(!sidebar);
      case 'toggle-adjustments':
        return setAdjusting(!adjusting);
      case 'select-text':
        return setSelectText(!selectText && textPages.get(pageNumber - 1) === true);
      case 'find':
        setFinding(true);
        return document.getElementById('find-in-page')?.focus();
      case 'search-library':
        return void navigate(librarySearchPath(finding ? find.query : undefined));
      case 'go-to-page':
        return document.getElementById('go-to-page')?.focus();
      case 'full-screen':
        return fullScreen.toggle();
      case 'help':
        return setHelp(true);
      case 'toggle-transcription':
        setLinkOpened(false);
        return setTranscribing(!transcribing);
      case 'tool-select':
      case 'tool-rect':
      case 'tool-polygon':
      case 'tool-line':
        setTranscribing(true);
        return transcription.setTool(command === 'tool-select' ? 'select' : command === 'tool-rect' ? 'rect' : command === 'tool-polygon' ? 'polygon' : 'line');
      case 'undo':
        return session.undo();
      case 'redo':
        return session.redo();
    }
  };
  useViewerKeys(run);

  if (doc.status === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {doc.error.code === 'not-found' || doc.error.code === 'invalid-argument' ? t('viewer.notFound') : doc.error.message}{' '}
        <Link to="/">{t('viewer.back')}</Link>
      </p>
    );
  }

  return (
    <section ref={viewer} className="viewer" aria-label={title} data-testid="viewer" data-rotation={view.rotation} data-mode={view.mode}>
      <ViewerToolbar
        state={{
          title,
          page: pageNumber,
          total,
          zoom: shownZoom,
          mode: view.mode,
          sidebar,
          adjustments: adjusting,
          adjusted: !isNeutral(view.adjustments),
          selectText,
          hasText: textPages.get(pageNumber - 1),
          fullScreen: fullScreen.active,
          details,
          transcribing,
        }}
        run={run}
        goTo={goTo}
        onDetails={() => setDetails(!details)}
        onCompare={() => setComparing(true)}
        onExchange={() => setExchanging(true)}
      />
      {transcribing && (
        <AnnotateToolbar
          tool={transcription.tool}
          run={run}
          canUndo={session.canUndo}
          canRedo={session.canRedo}
          hasSelection={session.selected !== null}
          save={session.save}
          onConflicts={() => setDeferred(new Set())}
        />
      )}
      {transcription.message && (
        <p className="notice viewer-notice" role="status" data-testid="annotate-message">
          {transcription.message}
        </p>
      )}
      <IncomingNotice docId={docId} />
      {notSaved && (
        <p className="notice viewer-notice" role="status">
          {t('viewer.viewNotSaved', { reason: notSaved })}
        </p>
      )}
      {filter.defs}
      <div className="viewer-body">
        {sidebar &&
          total > 0 &&
          (firstPage.ready ? (
            <ThumbnailSidebar docId={docId} pages={pages} current={pageNumber - 1} rotation={view.rotation} onSelect={(index) => goTo(index + 1)} />
          ) : (
            // Its place kept while the page comes first: the stage's width, and so the page's fit, do not change.
            <div className="thumbnail-sidebar" aria-hidden="true" />
          ))}
        <div className="viewer-stage" ref={stageArea}>
          {finding && <FindBar find={find} listOpen={findList} onList={setFindList} onClose={() => setFinding(false)} />}
          {doc.status === 'done' && !valid && <p className="notice notice-error">{t('viewer.noSuchPage', { page: pageParam })}</p>}
          {valid && known && (
            <PageStage
              ref={stage}
              docId={docId}
              title={title}
              pages={pages}
              current={pageNumber - 1}
              mode={view.mode}
              rotation={view.rotation}
              zoom={zoom}
              pixelStyle={filter.style}
              selectText={selectText}
              onZoomChange={setZoom}
              onZoomResolved={setShownZoom}
              onCurrentChange={onCurrentChange}
              onTextKnown={onTextKnown}
              onPageRendered={firstPage.onPageRendered}
              overlay={transcribing && !selectText ? transcription.overlay : undefined}
            />
          )}
        </div>
        {adjusting && (
          <AdjustmentsPanel
            value={view.adjustments}
            onChange={(adjustments) => change({ adjustments })}
            onClose={() => setAdjusting(false)}
          />
        )}
        {details && <MetadataPanel docId={docId} onClose={() => setDetails(false)} />}
        {transcribing && (
          <TranscriptionPanel session={session} page={pageNumber - 1} docId={docId} onReveal={transcription.reveal} needingWork={transcription.needingWork} onFilter={transcription.setNeedingWork} />
        )}
      </div>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      {conflict && (
        <ConflictDialog
          key={conflict.id}
          conflict={conflict}
          onResolve={(keep) => session.resolve(conflict.id, keep)}
          onLater={() => setDeferred(new Set([...deferred, conflict.id]))}
        />
      )}
      {comparing && <CompareDialog docId={docId} page={pageNumber} onClose={() => setComparing(false)} />}
      {exchanging && <ExchangeDialog docId={docId} pageCount={total} onClose={() => setExchanging(false)} />}
    </section>
  );
}

