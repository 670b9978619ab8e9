import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_ADJUSTMENTS, type Adjustments } from '../../../../shared/domain/view';
import { AdjustmentCheckbox } from './AdjustmentCheckbox';
import { AdjustmentSlider } from './AdjustmentSlider';
import { ADJUSTMENT_RANGES, DEFAULT_THRESHOLD } from './adjustment-limits';
import { isNeutral } from './is-neutral';
import './adjustments.css';

interface AdjustmentsPanelProps {
  value: Adjustments;
  onChange: (next: Adjustments) => void;
  onClose: () => void;
}

/** Fine enough to see a change, few enough stops that the arrow keys cross the range quickly. */
const TONE_STEP = 0.05;
/** Finer: faint ink and stained paper can lie only a few hundredths apart in lightness. */
const THRESHOLD_STEP = 0.01;

/** The side panel that changes how the page is shown, live, never the scan itself. */
export function AdjustmentsPanel({ value, onChange, onClose }: AdjustmentsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), [i18n.language]);
  // Turning black and white off and on again brings back the cut the reader had found.
  const [lastThreshold, setLastThreshold] = useState(value.threshold ?? DEFAULT_THRESHOLD);
  const set = (change: Partial<Adjustments>) => onChange({ ...value, ...change });

  const toggleThreshold = (on: boolean) => {
    if (value.threshold !== null) setLastThreshold(value.threshold);
    set({ threshold: on ? (value.threshold ?? lastThreshold) : null });
  };
  const reset = () => {
    setLastThreshold(DEFAULT_THRESHOLD);
    onChange(NEUTRAL_ADJUSTMENTS);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The viewer must not also take this Escape (to leave full screen, say).
    event.stopPropagation();
    onClose();
  };
  const threshold = value.threshold ?? lastThreshold;

  return (
    <aside className="side-panel adjustments-panel" aria-labelledby={headingId} onKeyDown={closeOnEscape} data-testid="adjustments-panel">
      <div className="panel-head">
        <h2 id={headingId}>{t('viewer.adjust.heading')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('viewer.adjust.close')} title={t('viewer.adjust.close')} data-testid="adjust-close">
          ×
        </button>
      </div>
      <div className="adjustments-body">
        <p className="adjust-note">{t('viewer.adjust.note')}</p>
        <AdjustmentSlider
          label={t('viewer.adjust.brightness')}
          value={value.brightness}
          range={ADJUSTMENT_RANGES.brightness}
          step={TONE_STEP}
          valueText={number.format(value.brightness)}
          onChange={(brightness) => set({ brightness })}
          testId="adjust-brightness"
        />
        <AdjustmentSlider
          label={t('viewer.adjust.contrast')}
          value={value.contrast}
          range={ADJUSTMENT_RANGES.contrast}
          step={TONE_STEP}
          valueText={number.format(value.contrast)}
          onChange={(contrast) => set({ contrast })}
          testId="adjust-contrast"
        />
        <AdjustmentSlider
          label={t('viewer.adjust.gamma')}
          value={value.gamma}
          range={ADJUSTMENT_RANGES.gamma}
          step={TONE_STEP}
          valueText={number.format(value.gamma)}
          onChange={(gamma) => set({ gamma })}
          hint={t('viewer.adjust.gammaHint')}
          testId="adjust-gamma"
        />
        <div className="adjust-group">
          <AdjustmentCheckbox label={t('viewer.adjust.grayscale')} checked={value.grayscale} onChange={(grayscale) => set({ grayscale })} testId="adjust-grayscale" />
          <AdjustmentCheckbox label={t('viewer.adjust.invert')} checked={value.invert} onChange={(invert) => set({ invert })} testId="adjust-invert" />
        </div>
        <div className="adjust-group">
          <AdjustmentCheckbox label={t('viewer.adjust.blackAndWhite')} checked={value.threshold !== null} onChange={toggleThreshold} isSwitch testId="adjust-threshold-on" />
          <AdjustmentSlider
            label={t('viewer.adjust.threshold')}
            value={threshold}
            range={ADJUSTMENT_RANGES.threshold}
            step={THRESHOLD_STEP}
            valueText={number.format(threshold)}
            onChange={(next) => set({ threshold: next })}
            hint={t('viewer.adjust.thresholdHint')}
            disabled={value.threshold === null}
            testId="adjust-threshold"
          />
        </div>
      </div>
      <div className="adjustments-foot">
        <button type="button" onClick={reset} disabled={isNeutral(value)} data-testid="adjust-reset">
          {t('viewer.adjust.reset')}
        </button>
      </div>
    </aside>
  );
}
