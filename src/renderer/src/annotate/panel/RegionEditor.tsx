import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region, RegionContent } from '../../../../shared/domain/annotations';
import { shiftEntities } from '../../../../shared/text/shift-entities';
import { TagInput } from '../../metadata/TagInput';
import type { AnnotationSession } from '../session/session-types';
import { CommentThread } from './CommentThread';
import { EntityList } from './EntityList';
import { HistoryPanel } from './HistoryPanel';
import { RegionFields } from './RegionFields';
import { RegionText, type EditorCommand } from './RegionText';
import { restorePatch } from './revision-changes';
import { SealLink } from './SealLink';
import { TextInScripts } from './TextInScripts';
// The tag chips' look, shared with the description panel's tag field.
import '../../metadata/metadata.css';

interface RegionEditorProps {
  region: Region;
  session: AnnotationSession;
  docId: string;
  /** The document's tags, offered while typing one. */
  allTags: readonly string[];
  textRef: RefObject<HTMLTextAreaElement | null>;
  onCommand: (command: EditorCommand) => boolean;
}

/** Everything about the selected region: its text first, then what it is, what it names, the talk about it and its past. */
export function RegionEditor({ region, session, docId, allTags, textRef, onCommand }: RegionEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = (patch: Partial<RegionContent>, merge?: string) => session.update(region.id, patch, merge === undefined ? undefined : { merge });

  // Entities keep to their words while the text around them changes.
  const onText = (before: string, after: string) => {
    const entities = shiftEntities(before, after, region.entities);
    update(entities === region.entities ? { text: after } : { text: after, entities: [...entities] }, `text-${region.id}`);
  };

  return (
    <section className="region-editor" aria-labelledby={headingId} data-testid="region-editor" data-region-id={region.id}>
      <h3 id={headingId} className="visually-hidden">
        {t('annotate.panel.editorHeading')}
      </h3>
      <RegionText region={region} textRef={textRef} onText={onText} onCommand={onCommand} />
      {region.text && <TextInScripts text={region.text} />}
      <RegionFields region={region} onChange={(patch) => update(patch)} />
      <TagInput label={t('annotate.panel.tags')} tags={region.tags} suggestions={allTags} onChange={(tags) => update({ tags })} />
      <EntityList region={region} textRef={textRef} onChange={(entities, merge) => update({ entities }, merge)} />
      {region.kind === 'seal' && <SealLink region={region} onChange={(patch) => update(patch)} />}
      <CommentThread comments={region.comments} onAdd={(text) => session.addComment(region.id, text)} />
      <HistoryPanel docId={docId} region={region} onRestore={(content) => update(restorePatch(content))} />
      <div className="editor-foot">
        <button type="button" className="danger small" onClick={() => session.remove(region.id)} data-testid="region-delete">
          {t('annotate.panel.delete')}
        </button>
      </div>
    </section>
  );
}
