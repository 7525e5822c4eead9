/**
 * A milestone's editable fields as the form holds them (strings; empty means "unknown") and as the
 * API takes them (null clears), with the shared zod schema checking them as the user types.
 */
import type { MilestoneDto, ProjectDetail } from '@/lib/api/dto';
import { fieldErrors, milestonePatchSchema } from '@/lib/api/schemas';

export const FIELDS = ['planned', 'actual', 'note'] as const;
export type Field = (typeof FIELDS)[number];
export type Values = Record<Field, string>;
export type Changes = Partial<Record<Field, string | null>>;

export function valuesOf(m: MilestoneDto): Values {
  return { planned: m.planned ?? '', actual: m.actual ?? '', note: m.note?.zh ?? '' };
}

const toApi = (field: Field, value: string): string | null => {
  const v = field === 'note' ? value.trim() : value.trim();
  return v === '' ? null : v;
};

/** Only the fields the user changed: a save never overwrites what they did not touch. */
export function changesBetween(base: Values, edited: Values): Changes {
  const out: Changes = {};
  for (const f of FIELDS) if (toApi(f, base[f]) !== toApi(f, edited[f])) out[f] = toApi(f, edited[f]);
  return out;
}

/** Field errors in the API's words ("实际日期：月份不存在"), from the same schema the server uses. */
export function validate(values: Values, version: number): Partial<Record<Field, string[]>> {
  const parsed = milestonePatchSchema.safeParse({
    planned: toApi('planned', values.planned),
    actual: toApi('actual', values.actual),
    note: toApi('note', values.note),
    version,
  });
  return parsed.success ? {} : fieldErrors(parsed.error);
}

export function applyChanges(m: MilestoneDto, changes: Changes): MilestoneDto {
  return {
    ...m,
    ...('planned' in changes ? { planned: changes.planned ?? null } : {}),
    ...('actual' in changes ? { actual: changes.actual ?? null } : {}),
    ...('note' in changes ? { note: changes.note ? { zh: changes.note, en: m.note?.en ?? null } : null } : {}),
  };
}

export function withMilestone(p: ProjectDetail | undefined, id: number, update: (m: MilestoneDto) => MilestoneDto) {
  if (!p) return p;
  return { ...p, milestones: p.milestones.map((m) => (m.id === id ? update(m) : m)) };
}
