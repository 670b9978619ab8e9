import type { SvgFilterSpec, SvgFilterStep } from './adjustment-filter';
import './adjustments.css';

interface AdjustmentFilterDefsProps {
  /** The filter's id, already safe inside `url(#…)` (see filterIdFrom). */
  id: string;
  spec: SvgFilterSpec;
}

/** The same transfer function on the red, green and blue channels; alpha is left alone. */
function ColourChannels(props: { type: 'gamma'; exponent: number } | { type: 'linear'; slope: number; intercept: number }) {
  const attributes = props.type === 'gamma' ? { type: 'gamma', amplitude: 1, exponent: props.exponent, offset: 0 } : props;
  return (
    <feComponentTransfer>
      <feFuncR {...attributes} />
      <feFuncG {...attributes} />
      <feFuncB {...attributes} />
    </feComponentTransfer>
  );
}

function FilterStep({ step }: { step: SvgFilterStep }) {
  switch (step.kind) {
    case 'gamma':
      return <ColourChannels type="gamma" exponent={step.exponent} />;
    case 'luminance': {
      const row = [...step.weights, 0, 0].join(' ');
      return <feColorMatrix type="matrix" values={`${row} ${row} ${row} 0 0 0 1 0`} />;
    }
    case 'cut':
      return <ColourChannels type="linear" slope={step.slope} intercept={step.intercept} />;
  }
}

/**
 * A zero-size, hidden `<svg>` holding one page's SVG filter. sRGB interpolation makes the
 * filter's numbers act on the values the sliders show, as CSS filter functions do, rather than
 * on linear light. The filter region is the element's own box: colour operations spread no
 * pixels, and the default 10 % margin would only cost memory on a large page.
 */
export function AdjustmentFilterDefs({ id, spec }: AdjustmentFilterDefsProps) {
  return (
    <svg className="adjustment-filter-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <filter id={id} x="0" y="0" width="1" height="1" colorInterpolationFilters="sRGB">
        {spec.steps.map((step, index) => (
          // The steps are positional: their order is the filter.
          <FilterStep key={index} step={step} />
        ))}
      </filter>
    </svg>
  );
}
