import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/contract';
import type { Collection } from '../../../shared/domain/catalog';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { api } from '../api/api';
import { asMuragatError, errorText } from '../ui/error-text';
import { dropDraft, getDraft, keepDraft } from './drafts';
import { errorsFromServer, formFromDocument, sameForm, validateForm, type FormErrors, type MetadataForm } from './metadata-form';
import { MetadataFields } from './MetadataFields';

interface MetadataEditorProps {
  doc: DocumentSummary;
  collections: Collection[];
  allTags: readonly string[];
  publications: readonly string[];
  refresh: () => void;
}

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string } | { state: 'invalid' };

/**
 * One document's description, checked as it is typed with the contract's own schemas and saved
 * with the Save button or Ctrl/Cmd+S. What is typed is kept until it is saved or discarded.
 */
export function MetadataEditor({ doc, collections, allTags, publications, refresh }: MetadataEditorProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // The answer to our own save is newer than the list until the list reloads.
  const [saved, setSaved] = useState<ArchiveDocument | undefined>(undefined);
  const source = saved && saved.updatedAt >= doc.updatedAt ? saved : doc;
  const base = useMemo(() => formFromDocument(source), [source]);
  const [edited, setEdited] = useState<MetadataForm | undefined>(() => getDraft(doc.id));
  const latest = useRef(edited);
  const form = edited ?? base;
  const dirty = edited !== undefined && !sameForm(edited, base);
  const { changes, errors } = useMemo(() => validateForm(form), [form]);
  const [serverErrors, setServerErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });

  const change = (patch: Partial<MetadataForm>) => {
    const next = { ...form, ...patch };
    latest.current = next;
    setEdited(next);
    keepDraft(doc.id, next);
    setServerErrors((before) => Object.fromEntries(Object.entries(before).filter(([field]) => !(field in patch))));
    setStatus((s) => (s.state === 'saved' || s.state === 'invalid' ? { state: 'idle' } : s));
  };

  const discard = () => {
    latest.current = undefined;
    setEdited(undefined);
    dropDraft(doc.id);
    setServerErrors({});
    setStatus({ state: 'idle' });
  };

  const save = useCallback(() => {
    if (!dirty || status.state === 'saving') return;
    if (!changes) {
      setStatus({ state: 'invalid' });
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const sent = form;
    setStatus({ state: 'saving' });
    api.call.updateDocument({ id: doc.id, changes }).then(
      (updated) => {
        setSaved(updated);
        // Whatever was typed while saving stays as the next draft.
        if (latest.current === undefined || sameForm(latest.current, sent)) {
          latest.current = undefined;
          setEdited(undefined);
          dropDraft(doc.id);
        }
        setStatus({ state: 'saved' });
        refresh();
      },
      (error: unknown) => {
        setServerErrors(errorsFromServer(asMuragatError(error).issues ?? []));
        setStatus({ state: 'failed', message: errorText(t, error) });
      },
    );
  }, [dirty, status.state, changes, form, doc.id, refresh, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const shownErrors = { ...serverErrors, ...errors };
  const problems = Object.keys(errors).length;
  return (
    <form
      ref={formRef}
      className="metadata-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="metadata-fields">
        <MetadataFields form={form} errors={shownErrors} change={change} collections={collections} allTags={allTags} publications={publications} />
      </div>
      <div className="save-bar">
        <SaveStatus status={status} dirty={dirty} problems={problems} />
        <div className="save-buttons">
          {dirty && (
            <button type="button" onClick={discard} data-testid="meta-discard">
              {t('metadata.discard')}
            </button>
          )}
          <button type="submit" className="primary" disabled={!dirty || status.state === 'saving'} aria-keyshortcuts="Control+S Meta+S" data-testid="meta-save">
            {status.state === 'saving' ? t('metadata.saving') : t('metadata.save')}
          </button>
        </div>
      </div>
    </form>
  );
}

function SaveStatus({ status, dirty, problems }: { status: SaveState; dirty: boolean; problems: number }) {
  const { t } = useTranslation();
  if (status.state === 'failed') {
    return (
      <p className="save-status is-failed" role="alert" data-testid="meta-status" data-state="failed">
        {t('metadata.failed', { reason: status.message })}
      </p>
    );
  }
  const [state, text] =
    status.state === 'saving'
      ? ['saving', t('metadata.saving')]
      : status.state === 'invalid' || (dirty && problems > 0)
        ? ['invalid', t('metadata.problems', { count: problems })]
        : dirty
          ? ['dirty', t('metadata.unsaved')]
          : status.state === 'saved'
            ? ['saved', t('metadata.saved')]
            : ['clean', t('metadata.shortcut')];
  return (
    <p className={`save-status is-${state}`} role="status" data-testid="meta-status" data-state={state}>
      {text}
    </p>
  );
}
