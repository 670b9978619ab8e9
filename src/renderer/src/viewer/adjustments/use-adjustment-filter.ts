import { createElement, useId, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Adjustments } from '../../../../shared/domain/view';
import { AdjustmentFilterDefs } from './AdjustmentFilterDefs';
import { buildAdjustmentFilter } from './adjustment-filter';
import { filterIdFrom } from './filter-id';

export interface AdjustmentFilterProps {
  /** For the element holding the page's pixel layers: its CSS filter. */
  style: CSSProperties;
  /** The SVG filter that style refers to, to render inside that element; null when none is needed. */
  defs: ReactNode;
}

/** A page element's filter for these adjustments, with an id of its own so pages never share one. */
export function useAdjustmentFilter(adjustments: Adjustments): AdjustmentFilterProps {
  const id = filterIdFrom(useId());
  return useMemo(() => {
    const { css, svg } = buildAdjustmentFilter(adjustments, id);
    return { style: { filter: css }, defs: svg && createElement(AdjustmentFilterDefs, { id, spec: svg }) };
  }, [adjustments, id]);
}
