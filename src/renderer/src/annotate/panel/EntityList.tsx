import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityType, type Entity, type Region } from '../../../../shared/domain/annotations';
import { excerpt } from '../../../../shared/text/excerpt';
import { newEntityId } from './entity-id';
import { EntityRow, type RowAction } from './EntityRow';

interface EntityListProps {
  region: Region;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** `merge` makes the keystrokes in one field one undo step. */
  onChange: (entities: Entity[], merge?: string) => void;
}

/** The selection in the text without the spaces a double click takes along. */
function selectedSpan(field: HTMLTextAreaElement): { start: number; end: number } | null {
  let { selectionStart: start, selectionEnd: end } = field;
  while (start < end && /\s/.test(field.value.charAt(start))) start += 1;
  while (end > start && /\s/.test(field.value.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}

/** People, places, organisations and dates named in the text: marked from the selection, then described. */
export function EntityList({ region, textRef, onChange }: EntityListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [needsSelection, setNeedsSelection] = useState(false);

  const add = (type: EntityType) => {
    const field = textRef.current;
    const span = field && selectedSpan(field);
    setNeedsSelection(!span);
    if (!span) return;
    onChange([...region.entities, { id: newEntityId(), type, ...span }].sort((a, b) => a.start - b.start || a.end - b.end));
  };
  const edit = (id: string, field: 'normalized' | 'identifier', value: string) =>
    onChange(
      region.entities.map((e) => (e.id === id ? { ...e, [field]: value.trim() === '' ? undefined : value } : e)),
      `entity-${id}-${field}`,
    );
  const show = (entity: Entity) => {
    const field = textRef.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(entity.start, entity.end);
  };

  // Rows are memoised, so they get one lasting handler that acts on the entities as they are when called.
  const latest = useRef({ entities: region.entities, edit, show, onChange });
  useLayoutEffect(() => {
    latest.current = { entities: region.entities, edit, show, onChange };
  });
  const [onRow] = useState(() => (id: string, action: RowAction) => {
    const now = latest.current;
    const entity = now.entities.find((e) => e.id === id);
    if (!entity) return;
    if (action.type === 'show') now.show(entity);
    else if (action.type === 'remove') now.onChange(now.entities.filter((e) => e !== entity));
    else now.edit(id, action.field, action.value);
  });

  return (
    <section className="entity-list" aria-labelledby={headingId} data-testid="entity-list">
      <h3 id={headingId}>{t('annotate.panel.entities.heading')}</h3>
      <div className="entity-add" role="group" aria-label={t('annotate.panel.entities.mark')}>
        {EntityType.options.map((type) => (
          <button
            key={type}
            type="button"
            className="small"
            // The selection in the text must survive the press.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => add(type)}
            data-testid={`entity-add-${type}`}
          >
            {t(`annotate.panel.entities.type.${type}`)}
          </button>
        ))}
      </div>
      {needsSelection && (
        <p className="field-hint" role="status">
          {t('annotate.panel.entities.selectFirst')}
        </p>
      )}
      {region.entities.length > 0 && (
        <ul className="entities">
          {region.entities.map((entity) => (
            <EntityRow
              key={entity.id}
              id={entity.id}
              type={entity.type}
              words={excerpt(region.text.slice(entity.start, entity.end), 40)}
              normalized={entity.normalized}
              identifier={entity.identifier}
              language={region.language}
              onRow={onRow}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
