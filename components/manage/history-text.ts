/**
 * An audit event as sentences a clerk reads ("张三 将 开工 的实际日期由 2020年7月 改为 2020年6月").
 * Pure: the event's before/after snapshots in, words out. Snapshots are whatever the writer
 * stored (services store `note`, the seed import stored whole rows with `noteZh`), so every
 * field is read defensively and a shape it does not know falls back to a plain sentence.
 */
import type { HistoryItem } from '@/lib/api/manage-dto';
import { REPEATABLE_MILESTONE_KINDS } from '@/lib/domain/codes';
import { formatPartialDate, isPartialDate } from '@/lib/domain/partial-date';
import { t } from './i18n';

type Snapshot = Record<string, unknown>;

const asSnapshot = (x: unknown): Snapshot => (x && typeof x === 'object' ? (x as Snapshot) : {});

export function actionWords(action: string): string {
  const key = `manage.action.${action}` as 'manage.action.create';
  return t.has(key) ? t(key) : action;
}

export function entityWords(entity: string): string {
  const key = `manage.entity.${entity}` as 'manage.entity.project';
  return t.has(key) ? t(key) : entity;
}

export function actorWords(actor: HistoryItem['actor'] | string): string {
  if (typeof actor === 'string') return actor === 'seed' ? t('manage.history.seed') : actor;
  if ('name' in actor) return actor.name;
  return actor.label === 'seed' ? t('manage.history.seed') : actor.label;
}

/** 开工, or 中期检查（第2次） for a repeated kind. */
export function milestoneName(kind: string, sequence?: number): string {
  const key = `milestone.${kind}` as 'milestone.archived';
  const label = t.has(key) ? t(key) : kind;
  const repeated = REPEATABLE_MILESTONE_KINDS.includes(kind as 'midterm_inspection');
  return repeated && sequence && sequence > 1 ? t('manage.milestone.occurrence', { kind: label, n: sequence }) : label;
}

function valueWords(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('manage.common.empty');
  if ((field === 'planned' || field === 'actual') && isPartialDate(value)) return formatPartialDate(value, 'zh');
  if (field === 'category' && typeof value === 'string') return t(`projectCategory.${value}` as 'projectCategory.other');
  if (Array.isArray(value)) return value.join('、');
  if (value && typeof value === 'object' && 'zh' in value) return `“${String((value as { zh: unknown }).zh)}”`;
  return `“${String(value)}”`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldSentences(who: string, subject: string, before: Snapshot, after: Snapshot, fields: string[]): string[] {
  const out: string[] = [];
  for (const field of fields) {
    if (!(field in after) || same(before[field], after[field])) continue;
    const label = t(`manage.history.fields.${field}` as 'manage.history.fields.note');
    const from = before[field];
    const to = after[field];
    if (from === null || from === undefined || from === '')
      out.push(t('manage.history.set', { who, subject, field: label, to: valueWords(field, to) }));
    else if (to === null || to === undefined || to === '')
      out.push(t('manage.history.cleared', { who, subject, field: label, from: valueWords(field, from) }));
    else out.push(t('manage.history.changed', { who, subject, field: label, from: valueWords(field, from), to: valueWords(field, to) }));
  }
  return out;
}

/** Notes were stored as `note` by the services and as `noteZh` by the seed import. */
function milestoneSnapshot(raw: unknown): Snapshot {
  const s = asSnapshot(raw);
  return { ...s, note: s.note ?? s.noteZh ?? null };
}

function describeMilestone(item: HistoryItem, who: string): string[] {
  const before = milestoneSnapshot(item.before);
  const after = milestoneSnapshot(item.after);
  const kind = String(after.kind ?? before.kind ?? '');
  const sequence = Number(after.sequence ?? before.sequence) || undefined;
  const subject = kind ? milestoneName(kind, sequence) : `#${item.entityId}`;
  if (item.action === 'create') {
    const dated = (['planned', 'actual'] as const)
      .filter((field) => isPartialDate(after[field]))
      .map((field) => t('manage.history.detail', { field: t(`manage.history.fields.${field}`), value: valueWords(field, after[field]) }));
    const details = dated.length ? t('manage.history.createdDetails', { details: dated.join('，') }) : '';
    return [t('manage.history.created', { who, entity: entityWords('milestone'), subject, details })];
  }
  if (item.action === 'update') {
    const changes = fieldSentences(who, subject, before, after, ['planned', 'actual', 'note']);
    return changes.length ? changes : [t('manage.history.noChange', { who, subject })];
  }
  return [t('manage.history.other', { who, action: actionWords(item.action), entity: entityWords(item.entity), subject })];
}

function describeProject(item: HistoryItem, who: string): string[] {
  const before = asSnapshot(item.before);
  const after = asSnapshot(item.after);
  const subject = t('manage.history.project');
  if (item.action === 'create') {
    const title = asSnapshot(after.title).zh ?? after.titleZh ?? item.entityId;
    return [t('manage.history.created', { who, entity: entityWords('project'), subject: `“${String(title)}”`, details: '' })];
  }
  if (item.action !== 'update') {
    return [t('manage.history.other', { who, action: actionWords(item.action), entity: entityWords(item.entity), subject })];
  }
  const out: string[] = [];
  if ('published' in after && !same(before.published, after.published)) {
    out.push(t(after.published ? 'manage.history.published' : 'manage.history.unpublished', { who }));
  }
  out.push(...fieldSentences(who, subject, before, after, ['title', 'category', 'buildings']));
  return out.length ? out : [t('manage.history.noChange', { who, subject })];
}

export function describeHistoryItem(item: HistoryItem): string[] {
  const who = actorWords(item.actor);
  if (item.entity === 'milestone') return describeMilestone(item, who);
  if (item.entity === 'project') return describeProject(item, who);
  return [
    t('manage.history.other', { who, action: actionWords(item.action), entity: entityWords(item.entity), subject: `#${item.entityId}` }),
  ];
}
