import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionKind, RegionStatus, TextDirection, type Region, type RegionContent } from '../../../../shared/domain/annotations';
import { LanguageField } from './LanguageField';

/** Scripts of this archive: *төте жазу*, Cyrillic, and the Latin of transliterations. */
const SCRIPTS = ['Arab', 'Cyrl', 'Latn'] as const;

interface RegionFieldsProps {
  region: Region;
  onChange: (patch: Partial<RegionContent>) => void;
}

/** What a region is and how its text is written: kind, status, language, script, direction. */
export function RegionFields({ region, onChange }: RegionFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  // Choosing a script sets the direction it is written in; the reader may still change it after.
  const setScript = (script: string) => {
    if (!script) onChange({ script: undefined });
    else onChange({ script, direction: script === 'Arab' ? 'rtl' : 'ltr' });
  };
  return (
    <div className="region-fields">
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('annotate.panel.kindLabel')}</label>
        <select id={`${id}-kind`} value={region.kind} onChange={(event) => onChange({ kind: RegionKind.parse(event.target.value) })} data-testid="region-kind">
          {RegionKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`annotate.panel.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('annotate.panel.statusLabel')}</label>
        <select id={`${id}-status`} value={region.status} onChange={(event) => onChange({ status: RegionStatus.parse(event.target.value) })} data-testid="region-status">
          {RegionStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`annotate.panel.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <LanguageField language={region.language} onChange={(language) => onChange({ language })} />
      <div className="field">
        <label htmlFor={`${id}-script`}>{t('annotate.panel.scriptLabel')}</label>
        <select id={`${id}-script`} value={region.script ?? ''} onChange={(event) => setScript(event.target.value)} data-testid="region-script">
          <option value="">{t('annotate.panel.unset')}</option>
          {/* A script stored by another tool stays choosable as it is. */}
          {region.script && !(SCRIPTS as readonly string[]).includes(region.script) && <option value={region.script}>{region.script}</option>}
          {SCRIPTS.map((script) => (
            <option key={script} value={script}>
              {t(`annotate.panel.script.${script}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-direction`}>{t('annotate.panel.directionLabel')}</label>
        <select
          id={`${id}-direction`}
          value={region.direction}
          onChange={(event) => onChange({ direction: TextDirection.parse(event.target.value) })}
          data-testid="region-direction"
        >
          {TextDirection.options.map((direction) => (
            <option key={direction} value={direction}>
              {t(`annotate.panel.direction.${direction}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
