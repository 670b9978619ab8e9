import { useEffect, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/domain/annotations';
import { listKeyAction } from './list-keys';
import { RegionListItem } from './RegionListItem';

/** Our own drag type: a region dragged in the list is no file to import and no text to drop elsewhere. */
const DRAG_TYPE = 'application/x-muragat-region';

interface RegionListProps {
  /** The page's regions in reading order. */
  regions: readonly Region[];
  /** Whether the filter shows a region (the selected one always is). */
  shown: (region: Region) => boolean;
  selected: string | null;
  /** A region chosen in the list, by pointer or keys. */
  onChoose: (id: string) => void;
  /** Move a region one step (Alt+↑/↓), or before or after another (drag and drop). */
  onMove: (id: string, step: 1 | -1) => void;
  onPlace: (id: string, target: string, side: 'before' | 'after') => void;
  /** Enter on an item: into its text. */
  onEdit: () => void;
  onHover?: ((id: string | null) => void) | undefined;
}

interface Drag {
  id: string;
  over: { id: string; side: 'before' | 'after' } | null;
}

const itemElement = (list: HTMLElement | null, id: string) => list?.querySelector<HTMLElement>(`[data-region-id="${CSS.escape(id)}"]`) ?? null;

const itemId = (target: EventTarget): string | null => (target instanceof Element ? (target.closest<HTMLElement>('[data-region-id]')?.dataset.regionId ?? null) : null);

/** The page's regions as a listbox: click or arrows choose, Alt+arrows or a drag reorder. */
export function RegionList({ regions, shown, selected, onChoose, onMove, onPlace, onEdit, onHover }: RegionListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // An item to focus once drawn: after a move React may have taken the focused item out and back in.
  const refocus = useRef<string | null>(null);
  const hovered = useRef<string | null>(null);
  const numbered = regions.map((region, i) => ({ region, number: i + 1 })).filter(({ region }) => region.id === selected || shown(region));
  const visible = numbered.map(({ region }) => region);

  useLayoutEffect(() => {
    if (refocus.current === null) return;
    itemElement(listRef.current, refocus.current)?.focus();
    refocus.current = null;
  });

  // A region chosen on the page comes into sight in the list.
  useEffect(() => {
    if (selected !== null) itemElement(listRef.current, selected)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const id = itemId(event.target);
    if (id === null) return;
    const action = listKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'edit') {
      onEdit();
      return;
    }
    if (action.type === 'move') {
      refocus.current = id;
      onMove(id, action.step);
      return;
    }
    const at = visible.findIndex((r) => r.id === id);
    const index = { previous: at - 1, next: at + 1, first: 0, last: visible.length - 1 }[action.to];
    const target = visible[Math.max(0, Math.min(visible.length - 1, index))];
    if (!target) return;
    onChoose(target.id);
    itemElement(listRef.current, target.id)?.focus();
  };

  const onDragStart = (event: DragEvent<HTMLOListElement>) => {
    const id = itemId(event.target);
    if (id === null) return;
    event.dataTransfer.setData(DRAG_TYPE, id);
    event.dataTransfer.effectAllowed = 'move';
    setDrag({ id, over: null });
  };
  const onDragOver = (event: DragEvent<HTMLOListElement>) => {
    const id = itemId(event.target);
    if (!drag || id === null || !(event.target instanceof Element)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.target.closest('[data-region-id]')?.getBoundingClientRect();
    const side = box && event.clientY > box.top + box.height / 2 ? 'after' : 'before';
    if (drag.over?.id !== id || drag.over.side !== side) setDrag({ id: drag.id, over: id === drag.id ? null : { id, side } });
  };
  const onDrop = (event: DragEvent<HTMLOListElement>) => {
    if (!drag) return;
    event.preventDefault();
    if (drag.over) onPlace(drag.id, drag.over.id, drag.over.side);
    setDrag(null);
  };

  const hover = (id: string | null) => {
    if (!onHover || hovered.current === id) return;
    hovered.current = id;
    onHover(id);
  };

  const tabbable = visible.some((r) => r.id === selected) ? selected : (visible[0]?.id ?? null);
  return (
    <ol
      ref={listRef}
      className="region-list"
      role="listbox"
      aria-label={t('annotate.panel.listLabel')}
      onClick={(event) => {
        const id = itemId(event.target);
        if (id !== null) onChoose(id);
      }}
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragEnd={() => setDrag(null)}
      onPointerOver={(event) => hover(itemId(event.target))}
      onPointerLeave={() => hover(null)}
      data-testid="region-list"
    >
      {numbered.map(({ region, number }) => (
        <RegionListItem
          key={region.id}
          region={region}
          number={number}
          selected={region.id === selected}
          tabbable={region.id === tabbable}
          dropSide={drag?.over?.id === region.id ? drag.over.side : null}
          dragging={drag?.id === region.id}
        />
      ))}
    </ol>
  );
}
