'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { CheckboxField } from '@/components/manage/forms/checkbox-field';
import { describedBy, FieldShell, TextField } from '@/components/manage/forms/field';
import formStyles from '@/components/manage/forms/form.module.css';
import type { Option } from '@/components/manage/forms/options';
import { SelectField } from '@/components/manage/forms/select-field';
import { documentFieldErrors, documentUploadSchema } from '@/lib/api/document-schemas';
import { isApiProblem } from '@/lib/api/fetcher';
import { DOCUMENT_KINDS } from '@/lib/domain/codes';
import { t } from '../i18n';
import { ACCEPTED_TYPES, IMAGE_TYPES, megabytes, UPLOAD_LIMIT, uploadDocument } from './document-api';

interface Values {
  title: string;
  titleEn: string;
  kind: string;
  public: boolean;
  /** "" for the owner itself, else "milestone:12" or "inspection:3". */
  target: string;
  /** "", "before" or "after". */
  evidence: string;
}

const EMPTY: Values = { title: '', titleEn: '', kind: '', public: false, target: '', evidence: '' };
type Errors = Record<string, string[]>;

export interface UploadFormProps {
  /** The record a file belongs to unless another target is picked: a project by slug, a building by "site/building". */
  owner: { field: 'project' | 'building'; value: string; label: string };
  /** Records of the owner a file may belong to instead (a project's milestones and inspections). */
  targets?: Option[];
  /** Offer before/after (a building's restoration photos). */
  evidence?: boolean;
  /** Query keys a successful upload makes stale. */
  invalidates: readonly (readonly string[])[];
}

/** The upload's text fields as the API takes them: one target field, named by its kind. */
function fieldsOf(values: Values, owner: UploadFormProps['owner']): Record<string, string> {
  const [kind, id] = values.target.split(':');
  return {
    title: values.title,
    titleEn: values.titleEn,
    kind: values.kind,
    public: String(values.public),
    evidence: values.evidence,
    ...(kind && id ? { [kind]: id } : { [owner.field]: owner.value }),
  };
}

function fileErrors(file: File | null): string[] {
  if (!file) return [t('manage.documents.noFile')];
  if (file.size > UPLOAD_LIMIT) return [t('manage.documents.tooLarge', { size: megabytes(file.size) })];
  // A hint from the browser only: the server reads the bytes and has the last word.
  if (file.type && !ACCEPTED_TYPES.includes(file.type)) return [t('manage.documents.wrongType')];
  return [];
}

/** The server names targets by their own field; the form has one select for all of them. */
const TARGET_FIELDS = ['target', 'project', 'building', 'milestone', 'inspection'];

/** Staff upload a PDF or a photo to a project (or one of its milestones or inspections) or to a building. */
export function UploadForm({ owner, targets = [], evidence = false, invalidates }: UploadFormProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const suggested = useRef<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [uploaded, setUploaded] = useState<string | null>(null);

  const fields = fieldsOf(values, owner);
  const parsed = documentUploadSchema.safeParse(fields);
  const local: Errors = { ...(parsed.success ? {} : documentFieldErrors(parsed.error)), file: fileErrors(file) };

  const mutation = useMutation({
    mutationFn: uploadDocument,
    onSuccess: (doc) => {
      setUploaded(doc.title.zh);
      setValues(EMPTY);
      setFile(null);
      setTouched(new Set());
      setAttempted(false);
      setServerErrors({});
      if (fileRef.current) fileRef.current.value = '';
      for (const queryKey of invalidates) void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error) => setServerErrors(isApiProblem(error) ? error.errors : {}),
  });

  const errorsFor = (field: string, aliases: string[] = [field]): string[] => {
    const fromServer = aliases.flatMap((a) => serverErrors[a] ?? []);
    if (fromServer.length) return fromServer;
    return attempted || touched.has(field) ? aliases.flatMap((a) => local[a] ?? []) : [];
  };
  const touch = (field: string) => setTouched((prev) => new Set(prev).add(field));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setUploaded(null);
    touch(key);
    setServerErrors((prev) =>
      Object.fromEntries(Object.entries(prev).filter(([k]) => k !== key && !(key === 'target' && TARGET_FIELDS.includes(k)))),
    );
  };

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    setUploaded(null);
    touch('file');
    setServerErrors(({ file: _dropped, ...rest }) => rest);
    if (!chosen) return;
    // A clerk names most files after what they are: the name (without extension) starts the title,
    // unless the clerk has typed one (a title taken from the previous file is replaced).
    const fromName = chosen.name.replace(/\.[^.]+$/, '').slice(0, 200);
    const previous = suggested.current;
    setValues((prev) => ({
      ...prev,
      title: !prev.title || prev.title === previous ? fromName : prev.title,
      kind: !prev.kind && IMAGE_TYPES.includes(chosen.type) ? 'photo' : prev.kind,
    }));
    suggested.current = fromName;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempted(true);
    setUploaded(null);
    if (!parsed.success || !file || local.file?.length) return;
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) if (value !== '') form.append(key, value);
    form.append('file', file);
    mutation.mutate(form);
  }

  const fileId = `${id}-file`;
  const fileErrs = errorsFor('file');
  const shown = new Set(['file', 'title', 'titleEn', 'kind', 'public', 'evidence', ...TARGET_FIELDS]);
  const otherErrors = Object.entries(serverErrors).flatMap(([k, list]) => (shown.has(k) ? [] : list));
  const failure = mutation.error && (isApiProblem(mutation.error) ? mutation.error.detail : String(mutation.error));

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('manage.documents.upload')}</h3>
      <FieldShell id={fileId} label={t('manage.documents.file')} hint={t('manage.documents.fileHint')} required errors={fileErrs}>
        <input
          ref={fileRef}
          id={fileId}
          className="input"
          type="file"
          accept={ACCEPTED_TYPES.join(',')}
          aria-invalid={fileErrs.length > 0}
          aria-describedby={describedBy(fileId, t('manage.documents.fileHint'), fileErrs)}
          required
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
        />
      </FieldShell>
      <div className={formStyles.pair}>
        <TextField
          id={`${id}-title-zh`}
          label={t('manage.documents.titleZh')}
          required
          value={values.title}
          errors={errorsFor('title')}
          onChange={(v) => set('title', v)}
          onBlur={() => touch('title')}
        />
        <TextField
          id={`${id}-title-en`}
          label={t('manage.documents.titleEn')}
          hint={t('manage.documents.titleEnHint')}
          value={values.titleEn}
          errors={errorsFor('titleEn')}
          onChange={(v) => set('titleEn', v)}
          onBlur={() => touch('titleEn')}
        />
      </div>
      <div className={formStyles.pair}>
        <SelectField
          id={`${id}-kind`}
          label={t('manage.documents.kind')}
          required
          placeholder={t('manage.documents.kindEmpty')}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`manage.documents.kinds.${k}`) }))}
          value={values.kind}
          errors={errorsFor('kind')}
          onChange={(v) => set('kind', v)}
          onBlur={() => touch('kind')}
        />
        {targets.length > 0 && (
          <SelectField
            id={`${id}-target`}
            label={t('manage.documents.target')}
            hint={t('manage.documents.targetHint')}
            required
            placeholder={owner.label}
            options={targets}
            value={values.target}
            errors={errorsFor('target', TARGET_FIELDS)}
            onChange={(v) => set('target', v)}
            onBlur={() => touch('target')}
          />
        )}
        {evidence && (
          <SelectField
            id={`${id}-evidence`}
            label={t('manage.documents.evidenceField')}
            hint={t('manage.documents.evidenceHint')}
            placeholder={t('manage.documents.evidenceNone')}
            options={[
              { value: 'before', label: t('manage.documents.restorationBefore') },
              { value: 'after', label: t('manage.documents.restorationAfter') },
            ]}
            value={values.evidence}
            errors={errorsFor('evidence')}
            onChange={(v) => set('evidence', v)}
            onBlur={() => touch('evidence')}
          />
        )}
      </div>
      <CheckboxField
        id={`${id}-public`}
        label={t('manage.documents.public')}
        hint={t('manage.documents.publicHint')}
        checked={values.public}
        errors={errorsFor('public')}
        onChange={(v) => set('public', v)}
      />
      {failure && (
        <div className={formStyles.summary} role="alert">
          <p className={formStyles.summaryTitle}>{t('manage.documents.failed', { detail: failure })}</p>
          {otherErrors.length > 0 && (
            <ul>
              {otherErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className={formStyles.actions}>
        <button type="submit" className="button button-primary" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t('manage.documents.uploading') : t('manage.documents.send')}
        </button>
        <p role="status" className="saved">
          {uploaded && (
            <>
              <span aria-hidden="true">✓ </span>
              {t('manage.documents.uploaded', { title: uploaded })}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
