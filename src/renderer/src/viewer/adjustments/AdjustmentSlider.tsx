import { useId } from 'react';
import type { Range } from './adjustment-limits';

interface AdjustmentSliderProps {
  label: string;
  value: number;
  range: Range;
  step: number;
  /** The value as the reader's language writes it. */
  valueText: string;
  onChange: (value: number) => void;
  hint?: string;
  disabled?: boolean;
  testId: string;
}

/** A labelled range input with its value beside the label; it reports every move as it happens. */
export function AdjustmentSlider({ label, value, range, step, valueText, onChange, hint, disabled, testId }: AdjustmentSliderProps) {
  const id = useId();
  return (
    <div className="adjust-slider">
      <label htmlFor={id}>{label}</label>
      <output htmlFor={id} aria-hidden="true">
        {valueText}
      </output>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={valueText}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
        data-testid={testId}
      />
      {hint && (
        <p id={`${id}-hint`} className="adjust-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
