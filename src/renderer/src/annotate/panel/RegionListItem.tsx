import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/domain/annotations';
import { excerpt } from '../../../../shared/text/excerpt';
import { REGION_COLOURS } from '../overlay/region-colours';

interface RegionListItemProps {
  region: Region;
  /** Its place in the page's reading order, from 1. */
  number: number;
  selected: boolean;
  /** The one item Tab reaches (roving focus). */
  tabbable: boolean;
  /** Where a dragged region would land. */
  dropSide: 'before' | 'after' | null;
  dragging: boolean;
}

/**
 * One region in the list: its number, kind, status and first words. It takes no callbacks (the
 * list listens for all its items), so it draws again only when its own region changes: typing in
 * one region redraws one item, not the page's hundred.
 */
export const RegionListItem = memo(function RegionListItem({ region, number, selected, tabbable, dropSide, dragging }: RegionListItemProps) {
  const { t } = useTranslation();
  const kind = t(`annotate.panel.kind.${region.kind}`);
  const status = t(`annotate.panel.status.${region.status}`);
  const words = excerpt(region.text);
  const classes = ['region-item', selected && 'is-selected', dragging && 'is-dragging', dropSide && `drop-${dropSide}`].filter(Boolean).join(' ');
  return (
    <li
      className={classes}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      draggable
      data-region-id={region.id}
      data-testid="region-item"
    >
      <span className="region-number">{number}</span>
      <span className="kind-chip" style={{ background: REGION_COLOURS[region.kind] }} title={kind} aria-hidden="true" />
      <span className="visually-hidden">{kind}</span>
      <span className={`region-status status-${region.status}`}>{status}</span>
      <span className={words ? 'region-words' : 'region-words is-empty'} dir="auto" lang={words ? region.language : undefined}>
        {words || t('annotate.panel.noText')}
      </span>
    </li>
  );
});
