'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import type { MilestoneDto } from '@/lib/api/dto';
import { milestoneHistoryQuery, options } from '@/lib/api/queries';
import { formatPartialDate, isPartialDate } from '@/lib/domain/partial-date';
import { actorWords, milestoneName } from './history-text';
import { formatTimestamp, t } from './i18n';
import { type Changes, FIELDS, type Field, valuesOf } from './milestone-values';

export interface Conflict {
  base: MilestoneDto;
  theirs: MilestoneDto;
  mine: Changes;
}

function shown(field: Field, value: string): string {
  if (!value) return t('manage.common.empty');
  return field !== 'note' && isPartialDate(value) ? formatPartialDate(value, 'zh') : value;
}

/** Who saved the version that won, from the milestone's history; "另一位同事" until it loads. */
function useWhoSaved(id: number, version: number): string {
  const history = useQuery(options(milestoneHistoryQuery(id)));
  const event = history.data?.items.find((item) => (item.after as { version?: number } | null)?.version === version);
  if (!event) return t('manage.conflict.someone');
  return `${actorWords(event.actor)}（${formatTimestamp(event.at)}）`;
}

/**
 * Someone else saved this milestone first. A modal dialog (focus moves in, stays in, and goes back
 * to the row's save button) shows, field by field, where the user started, what the other person
 * saved and what the user typed, and asks which to keep. Escape keeps the user's values in the form,
 * unsaved, on top of the other person's version.
 */
export function ConflictDialog({
  conflict,
  onReapply,
  onDiscard,
  onDismiss,
}: {
  conflict: Conflict;
  onReapply: () => void;
  onDiscard: () => void;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const leadId = useId();
  const who = useWhoSaved(conflict.theirs.id, conflict.theirs.version);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The first choice, explicitly: browsers differ on where showModal() puts focus.
    first.current?.focus({ preventScroll: true });
    return () => dialog?.close();
  }, []);

  /** Close the modal first, so the page is no longer inert when the row takes focus back. */
  const choose = (then: () => void) => () => {
    ref.current?.close();
    then();
  };

  const base = valuesOf(conflict.base);
  const theirs = valuesOf(conflict.theirs);
  const kind = milestoneName(conflict.theirs.kind, conflict.theirs.sequence);

  return (
    <dialog
      ref={ref}
      className="conflict-dialog"
      aria-labelledby={titleId}
      aria-describedby={leadId}
      onCancel={(event) => {
        event.preventDefault();
        choose(onDismiss)();
      }}
    >
      <h2 id={titleId}>{t('manage.conflict.title', { kind })}</h2>
      <p id={leadId}>{t('manage.conflict.lead', { who, version: conflict.theirs.version })}</p>
      <div className="table-scroll">
        <table className="stack conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('manage.conflict.field')}</th>
              <th scope="col">{t('manage.conflict.base')}</th>
              <th scope="col">{t('manage.conflict.theirs', { version: conflict.theirs.version })}</th>
              <th scope="col">{t('manage.conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((field) => {
              const byThem = theirs[field] !== base[field];
              const byMe = field in conflict.mine;
              const mine = byMe ? (conflict.mine[field] ?? '') : base[field];
              return (
                <tr key={field} className={byThem || byMe ? 'is-changed' : undefined}>
                  <th scope="row">{t(`manage.milestone.${field}`)}</th>
                  <td data-label={t('manage.conflict.base')}>{shown(field, base[field])}</td>
                  <td data-label={t('manage.conflict.theirs', { version: conflict.theirs.version })}>
                    <span>
                      {shown(field, theirs[field])}
                      {byThem && <span className="badge tone-warn change-mark">{t('manage.conflict.changedByThem')}</span>}
                    </span>
                  </td>
                  <td data-label={t('manage.conflict.mine')}>
                    <span>
                      {shown(field, mine)}
                      {byMe && <span className="badge tone-active change-mark">{t('manage.conflict.changedByMe')}</span>}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t('manage.conflict.help')}</p>
      <div className="button-row">
        <button ref={first} type="button" className="button button-primary" onClick={choose(onReapply)}>
          {t('manage.conflict.reapply')}
        </button>
        <button type="button" className="button" onClick={choose(onDiscard)}>
          {t('manage.conflict.discard')}
        </button>
      </div>
    </dialog>
  );
}
