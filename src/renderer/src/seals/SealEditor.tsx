import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SealDetail } from '../../../shared/contract';
import { api } from '../api/api';
import { useLibraryData } from '../data/library-data-context';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorText } from '../ui/error-text';
import { TextField } from '../ui/TextField';
import { EMPTY_SEAL_FORM, sealFormOf, validateSealForm, type SealForm } from './seal-form';
import { sealProblemText } from './seal-problem-text';

interface SealEditorProps {
  /** Undefined: a new seal. */
  seal?: SealDetail;
  onSaved?: () => void;
}

type Status = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; message: string };

/** A seal's description: legend and its script, owner, dates, notes and the page showing the seal. */
export function SealEditor({ seal, onSaved }: SealEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const { documents, byId } = useLibraryData();
  // What was just saved stands until the seal, reloaded, is at least as new.
  const [saved, setSaved] = useState<{ form: SealForm; updatedAt: string } | undefined>(undefined);
  const base = useMemo(
    () => (saved && (seal?.updatedAt ?? '') < saved.updatedAt ? saved.form : seal ? sealFormOf(seal) : EMPTY_SEAL_FORM),
    [seal, saved],
  );
  const [edited, setEdited] = useState<SealForm | undefined>(undefined);
  const form = edited ?? base;
  const dirty = edited !== undefined && JSON.stringify(edited) !== JSON.stringify(base);
  const { fields, errors } = validateSealForm(form);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [confirming, setConfirming] = useState(false);
  // The pages a seal's picture can come from: documents of kind seal, and the one it shows now.
  const imageDocs = useMemo(() => (documents ?? []).filter((d) => d.kind === 'seal' || d.id === form.imageDocId), [documents, form.imageDocId]);
  const change = (patch: Partial<SealForm>) => {
    setEdited({ ...form, ...patch });
    setStatus({ state: 'idle' });
  };

  const save = () => {
    if (!fields || (seal && !dirty)) return;
    setStatus({ state: 'saving' });
    const sent = form;
    const saving = seal ? api.call.updateSeal({ id: seal.id, fields }) : api.call.createSeal({ fields });
    saving.then(
      (result) => {
        setSaved({ form: sent, updatedAt: result.updatedAt ?? '' });
        setEdited(undefined);
        setStatus({ state: 'saved' });
        if (seal) onSaved?.();
        else void navigate(`/seals/${result.id}`, { replace: true });
      },
      (error: unknown) => setStatus({ state: 'failed', message: errorText(t, error) }),
    );
  };

  const text = (name: Exclude<keyof SealForm, 'imageDocId' | 'imagePage'>, extra: { multiline?: boolean; hint?: string; suggestions?: string[] } = {}) => (
    <TextField
      label={t(`seals.fields.${name}`)}
      value={form[name]}
      onChange={(value) => change({ [name]: value })}
      problem={sealProblemText(t, errors[name])}
      testId={`seal-${name}`}
      {...extra}
    />
  );

  return (
    <form
      className="seal-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      data-testid="seal-form"
    >
      {text('inscription', { multiline: true })}
      <div className="field-row">
        {text('inscriptionScript', { hint: t('metadata.hints.script'), suggestions: ['Arab', 'Cyrl', 'Latn'] })}
        {text('dates')}
      </div>
      {text('owner')}
      {text('notes', { multiline: true })}
      <fieldset className="field-group">
        <legend>{t('seals.fields.image')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-doc`}>{t('seals.fields.imageDocument')}</label>
            <select id={`${id}-doc`} value={form.imageDocId} onChange={(event) => change({ imageDocId: event.target.value })} data-testid="seal-image-doc">
              <option value="">{t('seals.noImage')}</option>
              {imageDocs.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.title}
                </option>
              ))}
              {form.imageDocId && !byId.has(form.imageDocId) && <option value={form.imageDocId}>{form.imageDocId}</option>}
            </select>
          </div>
          {form.imageDocId && (
            <TextField
              label={t('seals.fields.imagePage')}
              value={form.imagePage}
              inputMode="numeric"
              onChange={(imagePage) => change({ imagePage })}
              problem={sealProblemText(t, errors.imagePage)}
              testId="seal-imagePage"
            />
          )}
        </div>
      </fieldset>
      <div className="save-bar">
        {status.state === 'failed' ? (
          <p className="save-status is-failed" role="alert" data-testid="seal-status">
            {t('metadata.failed', { reason: status.message })}
          </p>
        ) : (
          <p className="save-status" role="status" data-testid="seal-status" data-state={status.state}>
            {status.state === 'saving' ? t('metadata.saving') : status.state === 'saved' ? t('metadata.saved') : dirty ? t('metadata.unsaved') : ''}
          </p>
        )}
        <div className="save-buttons">
          {seal && (
            <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="seal-delete">
              {t('seals.delete')}
            </button>
          )}
          <button type="submit" className="primary" disabled={status.state === 'saving' || (seal !== undefined && !dirty) || fields === undefined} data-testid="seal-save">
            {seal ? t('metadata.save') : t('seals.create')}
          </button>
        </div>
      </div>
      {confirming && seal && (
        <ConfirmDialog
          title={t('seals.deleteTitle')}
          message={t('seals.confirmDelete', { name: seal.inscription || seal.owner || t('seals.untitled'), count: seal.occurrenceCount })}
          confirmLabel={t('seals.deleteButton')}
          testId="seal-delete-dialog"
          onConfirm={async () => {
            await api.call.deleteSeal({ id: seal.id });
            void navigate('/seals');
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
