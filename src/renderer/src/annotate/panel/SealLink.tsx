import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Region, RegionContent } from '../../../../shared/domain/annotations';
import { api } from '../../api/api';
import { useLiveCall } from '../../api/use-live-call';
import { useLibraryData } from '../../data/library-data-context';
import { errorText } from '../../ui/error-text';
import { FailureNote } from '../../ui/FailureNote';

/** The longest inscription a seal takes (SealFields.inscription). */
const INSCRIPTION_MAX = 5000;

interface SealLinkProps {
  region: Region;
  onChange: (patch: Partial<RegionContent>) => void;
}

/** For a seal impression: the seal in the catalogue it is of, chosen or made from this region. */
export function SealLink({ region, onChange }: SealLinkProps) {
  const { t } = useTranslation();
  const id = useId();
  const { version } = useLibraryData();
  // Seals made here are listed at once, whether or not the library announces the change.
  const [made, setMade] = useState(0);
  const seals = useLiveCall(() => api.call.listSeals({}), 'seals', version + made);
  const [creating, setCreating] = useState<{ busy: boolean; error?: string }>({ busy: false });

  const create = async () => {
    setCreating({ busy: true });
    try {
      const inscription = region.text.trim().slice(0, INSCRIPTION_MAX);
      const seal = await api.call.createSeal({
        fields: { ...(inscription ? { inscription } : {}), ...(region.script ? { inscriptionScript: region.script } : {}) },
      });
      onChange({ sealId: seal.id });
      setMade((n) => n + 1);
      setCreating({ busy: false });
    } catch (error) {
      setCreating({ busy: false, error: errorText(t, error) });
    }
  };

  const listed = seals.status === 'done' ? seals.value : [];
  return (
    <section className="seal-link" aria-labelledby={`${id}-heading`} data-testid="seal-link">
      <h3 id={`${id}-heading`}>{t('annotate.panel.seal.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-seal`}>{t('annotate.panel.seal.choose')}</label>
        <select
          id={`${id}-seal`}
          value={region.sealId ?? ''}
          disabled={seals.status === 'loading'}
          onChange={(event) => onChange({ sealId: event.target.value || undefined })}
          data-testid="seal-select"
        >
          <option value="">{t('annotate.panel.seal.none')}</option>
          {/* A seal not (yet) in the list still shows as chosen. */}
          {region.sealId && !listed.some((seal) => seal.id === region.sealId) && <option value={region.sealId}>{region.sealId}</option>}
          {listed.map((seal) => (
            <option key={seal.id} value={seal.id}>
              {seal.inscription || seal.owner || t('seals.untitled')}
            </option>
          ))}
        </select>
      </div>
      {seals.status === 'failed' && (
        <p className="field-error" role="alert">
          {errorText(t, seals.error)}
        </p>
      )}
      <div className="seal-actions">
        <button type="button" className="small" disabled={creating.busy} onClick={() => void create()} data-testid="seal-create">
          {t('annotate.panel.seal.create')}
        </button>
        {region.sealId && (
          <Link to={`/seals/${region.sealId}`} data-testid="seal-open">
            {t('annotate.panel.seal.open')}
          </Link>
        )}
      </div>
      <FailureNote message={creating.error} />
    </section>
  );
}
