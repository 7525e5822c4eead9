/**
 * The exact codes of DOMAIN.md, shared by the database, the API and the UI.
 * Labels live in messages/, not here: a code is data, a label is presentation.
 */

export const PROTECTION_LEVELS = ['national', 'provincial', 'municipal', 'county', 'ungraded'] as const;
export type ProtectionLevel = (typeof PROTECTION_LEVELS)[number];

/** State Council list order 1–6. */
export const SITE_CATEGORIES = [
  'ancient_site',
  'ancient_tomb',
  'ancient_building',
  'cave_temple_stone_carving',
  'modern_historic',
  'other',
] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

export const PROJECT_CATEGORIES = [
  'maintenance',
  'emergency_reinforcement',
  'repair',
  'protective_facility',
  'relocation',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const VERDICTS = ['qualified', 'basically_qualified', 'unqualified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const APPROVAL_DECISIONS = ['approved', 'approved_in_principle', 'rejected'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const ORGANISATION_ROLES = [
  'owner',
  'designer',
  'contractor',
  'supervisor',
  'approver',
  'organiser',
  'expert_group',
  'manager',
  'funder',
] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const ORGANISATION_KINDS = ['authority', 'government', 'company', 'institution', 'expert_group', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ADMIN_LEVELS = ['state_council', 'national', 'provincial', 'municipal', 'district'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** Canonical order: the index is the step number minus one. */
export const MILESTONE_KINDS = [
  'proposal_submitted',
  'project_approval',
  'plan_submitted',
  'plan_approval',
  'plan_filing',
  'construction_start',
  'midterm_inspection',
  'construction_complete',
  'preliminary_acceptance',
  'rectification_closed',
  'final_acceptance',
  'archived',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const REPEATABLE_MILESTONE_KINDS: readonly MilestoneKind[] = [
  'midterm_inspection',
  'preliminary_acceptance',
  'rectification_closed',
];

/** Milestones decided by an expert panel's signed verdict. */
export const INSPECTION_KINDS = ['midterm_inspection', 'preliminary_acceptance', 'final_acceptance'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const ACCEPTANCE_CRITERIA = [
  'engineering_quality',
  'archive_completeness',
  'overall_effect',
  'protection_objective',
  'plan_compliance',
  'procedure_compliance',
  'safety_management',
] as const;
export type AcceptanceCriterion = (typeof ACCEPTANCE_CRITERIA)[number];

/**
 * A grade an expert gives one criterion. Real opinions grade overall effect on a scale
 * ("总体效果较好"), not pass/fail, so the scale has both kinds of steps.
 */
export const CRITERION_GRADES = ['good', 'fairly_good', 'qualified', 'basically_qualified', 'unqualified'] as const;
export type CriterionGrade = (typeof CRITERION_GRADES)[number];

export const RECTIFICATION_STATUSES = ['open', 'submitted', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const DOCUMENT_KINDS = [
  'project_approval',
  'plan_approval',
  'supervision_report',
  'completion_report',
  'rectification_report',
  'acceptance_opinion',
  'photo',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const USER_ROLES = ['admin', 'staff', 'expert'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Derived from milestones (lib/domain/project-status.ts), never typed in. */
export const PROJECT_STATUSES = [
  'initiating',
  'approved',
  'plan_approved',
  'under_construction',
  'awaiting_acceptance',
  'rectifying',
  'accepted',
  'archived',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Building restoration status on the site plan, derived from the projects that cover it. */
export const BUILDING_STATUSES = ['not_started', 'initiating', 'in_progress', 'restored'] as const;
export type BuildingStatus = (typeof BUILDING_STATUSES)[number];
