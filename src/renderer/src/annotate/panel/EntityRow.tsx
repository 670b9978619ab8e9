import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../../../shared/domain/annotations';

export type RowAction = { type: 'show' } | { type: 'remove' } | { type: 'edit'; field: 'normalized' | 'identifier'; value: string };

interface EntityRowProps {
  id: string;
  type: EntityType;
  /** The words it marks, already cut short. */
  words: string;
  normalized: string | undefined;
  identifier: string | undefined;
  language: string | undefined;
  /** One handler for every row, lasting across renders. */
  onRow: (id: string, action: RowAction) => void;
}

/**
 * One marked name or date. It takes plain values and a lasting handler, so it draws again only
 * when what it shows changes, not each time typing moves its offsets: a long text with hundreds
 * of names stays quick to type in.
 */
export const EntityRow = memo(function EntityRow({ id, type, words, normalized, identifier, language, onRow }: EntityRowProps) {
  const { t } = useTranslation();
  return (
    <li className="entity" data-entity-id={id} data-testid="entity" data-entity-type={type}>
      <div className="entity-head">
        <span className={`entity-type entity-${type}`}>{t(`annotate.panel.entities.type.${type}`)}</span>
        <button type="button" className="link-button entity-span" title={t('annotate.panel.entities.show')} onClick={() => onRow(id, { type: 'show' })}>
          «<bdi lang={language}>{words}</bdi>»
        </button>
        <button
          type="button"
          className="icon-button push-end"
          aria-label={t('annotate.panel.entities.remove')}
          title={t('annotate.panel.entities.remove')}
          onClick={() => onRow(id, { type: 'remove' })}
        >
          ×
        </button>
      </div>
      <input
        value={normalized ?? ''}
        dir="auto"
        maxLength={1000}
        aria-label={t('annotate.panel.entities.normalized')}
        placeholder={t('annotate.panel.entities.normalized')}
        onChange={(event) => onRow(id, { type: 'edit', field: 'normalized', value: event.target.value })}
      />
      <input
        value={identifier ?? ''}
        dir="ltr"
        maxLength={2000}
        inputMode="url"
        spellCheck={false}
        aria-label={t('annotate.panel.entities.identifier')}
        placeholder={t('annotate.panel.entities.identifierHint')}
        onChange={(event) => onRow(id, { type: 'edit', field: 'identifier', value: event.target.value })}
      />
    </li>
  );
});
