/**
 * Code lists with their Chinese labels (messages/zh.json), and the shapes of the records the
 * pickers offer. Client and server components both read these.
 */
import type { LocalizedText } from '@/lib/api/dto';
import { approvalCreateSchema, organisationCreateSchema } from '@/lib/api/schemas';
import {
  ADMIN_LEVELS,
  type AdminLevel,
  APPROVAL_DECISIONS,
  ORGANISATION_ROLES,
  PROJECT_CATEGORIES,
  PROTECTION_LEVELS,
  SITE_CATEGORIES,
} from '@/lib/domain/codes';
import { getTranslator } from '@/lib/i18n/translator';

export const t = getTranslator();

export interface Option {
  value: string;
  label: string;
}

/** An organisation a form may name (issuer, authority, participant). */
export interface OrganisationOption {
  slug: string;
  name: LocalizedText;
  adminLevel?: AdminLevel | null;
}

export interface BuildingOption {
  slug: string;
  name: LocalizedText;
}

export const ORGANISATION_KINDS = organisationCreateSchema.shape.kind.options;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const APPROVAL_SUBJECTS = approvalCreateSchema.shape.subject.options;

export const levelOptions: Option[] = PROTECTION_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }));
export const siteCategoryOptions: Option[] = SITE_CATEGORIES.map((v) => ({ value: v, label: t(`siteCategory.${v}`) }));
export const projectCategoryOptions: Option[] = PROJECT_CATEGORIES.map((v) => ({ value: v, label: t(`projectCategory.${v}`) }));
export const orgRoleOptions: Option[] = ORGANISATION_ROLES.map((v) => ({ value: v, label: t(`orgRole.${v}`) }));
export const adminLevelOptions: Option[] = ADMIN_LEVELS.map((v) => ({ value: v, label: t(`adminLevel.${v}`) }));
export const decisionOptions: Option[] = APPROVAL_DECISIONS.map((v) => ({ value: v, label: t(`decision.${v}`) }));
export const approvalSubjectOptions: Option[] = APPROVAL_SUBJECTS.map((v) => ({ value: v, label: t(`approvalSubject.${v}`) }));
export const organisationKindOptions: Option[] = ORGANISATION_KINDS.map((v) => ({ value: v, label: t(`forms.organisation.kinds.${v}`) }));

/** "河南省文物局（省级）": the level helps pick the right approver (rule 6). */
export function organisationOptions(list: readonly OrganisationOption[]): Option[] {
  return list.map((o) => {
    const level = o.adminLevel ? t(`adminLevel.${o.adminLevel}`) : null;
    return { value: o.slug, label: level && level !== o.name.zh ? `${o.name.zh}（${level}）` : o.name.zh };
  });
}

export function buildingOptions(list: readonly BuildingOption[]): Option[] {
  return list.map((b) => ({ value: b.slug, label: b.name.zh }));
}
