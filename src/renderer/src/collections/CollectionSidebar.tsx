import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection } from '../../../shared/domain/catalog';
import { api } from '../api/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { buildTree, collectionPath, documentCounts, type CollectionNode } from './collection-tree';
import { CollectionNameDialog } from './CollectionNameDialog';
import { MoveCollectionDialog } from './MoveCollectionDialog';
import './collections.css';

interface CollectionSidebarProps {
  collections: Collection[];
  documents: readonly { collections: readonly string[] }[];
  /** The collection the library is filtered by. */
  active: string | undefined;
  onChoose: (id: string | undefined) => void;
  refresh: () => void;
}

type Editing =
  | { kind: 'create'; parent?: Collection }
  | { kind: 'rename' | 'move' | 'delete'; collection: Collection }
  | null;

/** The nested collections with their document counts; choosing one filters the library to it and everything inside it. */
export function CollectionSidebar({ collections, documents, active, onChoose, refresh }: CollectionSidebarProps) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const tree = useMemo(() => buildTree(collections), [collections]);
  const counts = useMemo(() => documentCounts(collections, documents), [collections, documents]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const current = collections.find((c) => c.id === active);
  // The chosen collection is always in sight: its ancestors are open.
  const opened = useMemo(() => {
    const open = new Set(expanded);
    for (let at = current?.parent; at !== undefined; at = collections.find((c) => c.id === at)?.parent) {
      if (open.has(at)) break;
      open.add(at);
    }
    return open;
  }, [expanded, current, collections]);

  const toggle = (id: string) =>
    setExpanded((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const item = (node: CollectionNode) => {
    const { id, name } = node.collection;
    const open = opened.has(id);
    return (
      <li key={id}>
        <div className="collection-item">
          {node.children.length > 0 ? (
            <button
              type="button"
              className="twisty"
              aria-expanded={open}
              aria-label={t(open ? 'collections.collapse' : 'collections.expand', { name })}
              onClick={() => toggle(id)}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span className="twisty" aria-hidden="true" />
          )}
          <button
            type="button"
            className="collection-link"
            aria-current={active === id ? 'true' : undefined}
            onClick={() => onChoose(id)}
            data-testid="collection"
            data-collection-id={id}
          >
            <span className="collection-name" dir="auto">
              {name}
            </span>
            <span className="count">{number.format(counts.get(id) ?? 0)}</span>
          </button>
        </div>
        {open && node.children.length > 0 && <ul>{node.children.map(item)}</ul>}
      </li>
    );
  };

  const run = async (work: () => Promise<unknown>) => {
    await work();
    refresh();
  };

  return (
    <section className="collections" aria-labelledby="collections-heading">
      <div className="sidebar-head">
        <h2 id="collections-heading" className="sidebar-heading">
          {t('collections.heading')}
        </h2>
        <button type="button" className="small" onClick={() => setEditing({ kind: 'create' })} data-testid="collection-new">
          {t('collections.new')}
        </button>
      </div>
      <ul className="collection-tree">
        <li>
          <div className="collection-item">
            <span className="twisty" aria-hidden="true" />
            <button type="button" className="collection-link" aria-current={current === undefined ? 'true' : undefined} onClick={() => onChoose(undefined)} data-testid="collection-all">
              <span className="collection-name">{t('collections.all')}</span>
              <span className="count">{number.format(documents.length)}</span>
            </button>
          </div>
        </li>
        {tree.map(item)}
      </ul>
      {collections.length === 0 && <p className="muted small-print">{t('collections.empty')}</p>}
      {current && (
        <div className="collection-actions" role="group" aria-label={t('collections.actionsFor', { name: current.name })} data-testid="collection-actions">
          <button type="button" className="small" onClick={() => setEditing({ kind: 'create', parent: current })} data-testid="collection-new-child">
            {t('collections.newChild')}
          </button>
          <button type="button" className="small" onClick={() => setEditing({ kind: 'rename', collection: current })} data-testid="collection-rename">
            {t('collections.rename')}
          </button>
          <button type="button" className="small" onClick={() => setEditing({ kind: 'move', collection: current })} data-testid="collection-move">
            {t('collections.move')}
          </button>
          <button type="button" className="small danger" onClick={() => setEditing({ kind: 'delete', collection: current })} data-testid="collection-delete">
            {t('collections.delete')}
          </button>
        </div>
      )}

      {editing?.kind === 'create' && (
        <CollectionNameDialog
          title={t(editing.parent ? 'collections.newChildTitle' : 'collections.newTitle')}
          initial=""
          {...(editing.parent ? { context: t('collections.inside', { path: collectionPath(collections, editing.parent.id).join(' › ') }) } : {})}
          submitLabel={t('collections.create')}
          onSubmit={(name) =>
            run(async () => {
              const parent = editing.parent;
              await api.call.createCollection({ name, ...(parent ? { parent: parent.id } : {}) });
              if (parent) setExpanded((before) => new Set(before).add(parent.id));
            })
          }
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'rename' && (
        <CollectionNameDialog
          title={t('collections.renameTitle', { name: editing.collection.name })}
          initial={editing.collection.name}
          submitLabel={t('common.save')}
          onSubmit={(name) => run(() => api.call.updateCollection({ id: editing.collection.id, name }))}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'move' && (
        <MoveCollectionDialog
          collection={editing.collection}
          collections={collections}
          onSubmit={(parent) => run(() => api.call.updateCollection({ id: editing.collection.id, parent: parent ?? null }))}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'delete' && (
        <ConfirmDialog
          title={t('collections.deleteTitle', { name: editing.collection.name })}
          message={t('collections.confirmDelete', { name: editing.collection.name })}
          confirmLabel={t('collections.deleteButton')}
          testId="collection-delete-dialog"
          onConfirm={() =>
            run(async () => {
              await api.call.deleteCollection({ id: editing.collection.id });
              if (active === editing.collection.id) onChoose(editing.collection.parent);
            })
          }
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
