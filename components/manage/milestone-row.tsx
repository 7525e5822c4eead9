'use client';

import { type FormEvent, useId, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import type { MilestoneDto } from '@/lib/api/dto';
import { isApiProblem } from '@/lib/api/fetcher';
import { milestoneHistoryQuery } from '@/lib/api/queries';
import { type Conflict, ConflictDialog } from './conflict-dialog';
import { HistoryList } from './history-list';
import { milestoneName } from './history-text';
import { t } from './i18n';
import { changesBetween, FIELDS, type Field, type Values, validate, valuesOf } from './milestone-values';
import { SaveWarnings } from './save-warnings';
import { TextField } from './text-field';
import { type SaveVariables, useMilestoneSave } from './use-milestone-save';

const VERDICT_BADGE = { qualified: ['done', '✓'], basically_qualified: ['warn', '△'], unqualified: ['bad', '✗'] } as const;

/** What the user is typing, on top of the milestone as it stood when they started. */
interface Draft {
  base: MilestoneDto;
  values: Values;
}

/**
 * One milestone, editable in place. The inputs show the saved values until the user types; a
 * save goes out optimistically and the row follows the cache (new values at once, the old ones
 * back on a refusal, the other person's on a conflict, with the dialog to decide).
 */
export function MilestoneRow({ milestone: m, projectSlug }: { milestone: MilestoneDto; projectSlug: string }) {
  const save = useMilestoneSave(projectSlug);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const headingId = useId();
  const saveRef = useRef<HTMLButtonElement>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement | null>>>({});

  const values = draft?.values ?? valuesOf(m);
  const clientErrors = draft ? validate(draft.values, draft.base.version) : {};
  const problem = save.isError && isApiProblem(save.error) && !save.error.isConflict ? save.error : null;
  const serverErrors: Partial<Record<Field, string[]>> = problem && !draft ? problem.errors : {};
  const errorsFor = (field: Field) => clientErrors[field] ?? serverErrors[field];
  const fieldMessages = FIELDS.flatMap((f) => serverErrors[f] ?? []);
  const onlyFieldErrors = problem && fieldMessages.length > 0 && fieldMessages.join('；') === problem.detail;

  function edit(field: Field, value: string) {
    if (!save.isPending) save.reset();
    setNotice(null);
    setDraft((d) => ({ base: d?.base ?? m, values: { ...(d?.values ?? valuesOf(m)), [field]: value } }));
  }

  function submit(vars: SaveVariables) {
    setDraft(null);
    setNotice(null);
    save.mutate(vars, {
      onError: (error) => {
        if (isApiProblem(error) && error.isConflict) {
          setConflict({ base: vars.base, theirs: error.current as MilestoneDto, mine: vars.changes });
        }
      },
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (!draft) return setNotice(t('manage.milestone.unchanged'));
    const invalid = FIELDS.find((f) => clientErrors[f]);
    if (invalid) {
      setNotice(t('manage.milestone.fixErrors'));
      inputs.current[invalid]?.focus();
      return;
    }
    const changes = changesBetween(valuesOf(draft.base), draft.values);
    if (!Object.keys(changes).length) {
      setDraft(null);
      return setNotice(t('manage.milestone.unchanged'));
    }
    submit({ id: m.id, version: draft.base.version, changes, base: draft.base });
  }

  function closeConflict(then: (c: Conflict) => void) {
    const c = conflict;
    setConflict(null);
    if (c) then(c);
    saveRef.current?.focus();
  }

  const verdict = m.inspection?.verdict;
  return (
    <li id={`milestone-${m.id}`} className={`milestone-card${m.actual ? ' is-done' : ''}`}>
      <form aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
        <div className="milestone-head">
          <h3 id={headingId}>{milestoneName(m.kind, m.sequence)}</h3>
          {verdict && (
            <Badge
              tone={VERDICT_BADGE[verdict][0]}
              symbol={VERDICT_BADGE[verdict][1]}
              label={t('manage.milestone.verdict', { verdict: t(`verdict.${verdict}`) })}
            />
          )}
          <span className="version small muted">{t('manage.common.version', { version: m.version })}</span>
        </div>
        <div className="milestone-fields">
          {FIELDS.map((field) => (
            <TextField
              key={field}
              name={field}
              kind={field === 'note' ? 'note' : 'date'}
              label={t(`manage.milestone.${field}`)}
              value={values[field]}
              errors={errorsFor(field)}
              onChange={(value) => edit(field, value)}
              inputRef={(element) => {
                inputs.current[field] = element;
              }}
            />
          ))}
        </div>
        <div className="milestone-actions">
          <button ref={saveRef} type="submit" className="button button-primary" aria-disabled={save.isPending || undefined}>
            {t('manage.milestone.save')}
          </button>
          {draft && (
            <button type="button" className="button button-quiet" onClick={() => setDraft(null)}>
              {t('manage.milestone.reset')}
            </button>
          )}
          <div className="row-status" role="status">
            {save.isPending && <span>{t('manage.common.saving')}</span>}
            {save.isSuccess && (
              <span className="saved">
                <span aria-hidden="true">✓ </span>
                {t('manage.milestone.savedVersion', { version: save.data.milestone.version })}
              </span>
            )}
            {notice && <span>{notice}</span>}
          </div>
        </div>
        {save.isSuccess && <SaveWarnings warnings={save.data.warnings} />}
        {problem && (
          <p className="notice tone-bad" role="alert">
            <span aria-hidden="true">✗ </span>
            {onlyFieldErrors ? t('manage.milestone.seeFields') : t('manage.common.saveFailed', { detail: problem.detail })}
          </p>
        )}
      </form>
      <details className="milestone-history" onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
        <summary>{t('manage.milestone.history', { kind: milestoneName(m.kind, m.sequence) })}</summary>
        {historyOpen && <HistoryList query={milestoneHistoryQuery(m.id)} />}
      </details>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          onReapply={() => closeConflict((c) => submit({ id: m.id, version: c.theirs.version, changes: c.mine, base: c.theirs }))}
          onDiscard={() =>
            closeConflict((c) => {
              save.reset();
              setNotice(t('manage.conflict.discarded', { version: c.theirs.version }));
            })
          }
          onDismiss={() =>
            closeConflict((c) => {
              save.reset();
              const mine = Object.fromEntries(Object.entries(c.mine).map(([k, v]) => [k, v ?? '']));
              setDraft({ base: c.theirs, values: { ...valuesOf(c.theirs), ...mine } });
              setNotice(t('manage.conflict.kept', { version: c.theirs.version }));
            })
          }
        />
      )}
    </li>
  );
}
