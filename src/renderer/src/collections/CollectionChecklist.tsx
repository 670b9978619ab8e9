import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection } from '../../../shared/domain/catalog';
import { buildTree, flattenTree } from './collection-tree';

interface CollectionChecklistProps {
  collections: Collection[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** The collection tree as checkboxes: which shelves this document sits on. */
export function CollectionChecklist({ collections, chosen, onChange }: CollectionChecklistProps) {
  const { t } = useTranslation();
  const nodes = useMemo(() => flattenTree(buildTree(collections)), [collections]);
  return (
    <fieldset className="field collection-checklist">
      <legend>{t('metadata.fields.collections')}</legend>
      {nodes.length === 0 ? (
        <p className="muted">{t('collections.empty')}</p>
      ) : (
        <ul>
          {nodes.map(({ collection, depth }) => (
            <li key={collection.id} style={{ paddingInlineStart: depth * 16 }}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(collection.id)}
                  onChange={(event) => onChange(event.target.checked ? [...chosen, collection.id] : chosen.filter((id) => id !== collection.id))}
                />
                <span dir="auto">{collection.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
