/**
 * The shapes of the inspection workflow's API answers: what the panel and the bureau's staff see
 * of an inspection while it is being assessed, decided and signed. Isomorphic: types only.
 * Unlike the public InspectionDto these carry drafts and the members' private remarks, so only
 * the panel and staff ever receive them.
 */
import type { ApprovalDto, LocalizedText, MilestoneDto, OrganisationRef } from '@/lib/api/dto';
import type {
  AcceptanceCriterion,
  CriterionGrade,
  DocumentKind,
  InspectionKind,
  OrganisationRole,
  ProjectCategory,
  ProjectStatus,
  RectificationStatus,
  Verdict,
} from '@/lib/domain/codes';

/**
 * assessing: the members grade, the chair has not recorded a verdict;
 * signing: a verdict is recorded and signatures are being collected (changing it withdraws them);
 * locked: every member signed; the record can only be corrected by an amendment.
 */
export type InspectionStage = 'assessing' | 'signing' | 'locked';

export interface PanelMemberDto {
  id: number;
  name: string;
  email: string | null;
  chair: boolean;
  /** Has recorded at least one grade. */
  assessed: boolean;
  signedAt: string | null;
}

export interface AssessmentDto {
  criterion: AcceptanceCriterion;
  grade: CriterionGrade;
  remarks: string | null;
}

export interface RectificationItemDetail {
  id: number;
  version: number;
  description: string;
  responsible: OrganisationRef | null;
  due: string | null;
  status: RectificationStatus;
  /** Past its due date and not closed, measured against `today` of the answer. */
  overdue: boolean;
  submittedAt: string | null;
  submittedBy: string | null;
  submissionNote: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  verificationNote: string | null;
}

export interface VerdictDraftDto {
  verdict: Verdict;
  unanimous: boolean;
  dissent: string | null;
  conclusion: string | null;
  criteria: { criterion: AcceptanceCriterion; grade: CriterionGrade }[];
  findings: { criterion: AcceptanceCriterion; text: string }[];
  rectificationItems: RectificationItemDetail[];
  /** SHA-256 of the verdict as it stands: what a member signs. */
  contentHash: string;
}

export interface InspectionReviewDto {
  id: number;
  /** Optimistic concurrency for the verdict: every verdict write checks and bumps it. */
  version: number;
  kind: InspectionKind;
  sequence: number;
  milestoneId: number;
  date: string | null;
  organiser: OrganisationRef | null;
  attendees: { role: OrganisationRole; organisation: OrganisationRef | null }[];
  stage: InspectionStage;
  historical: boolean;
  lockedAt: string | null;
  waiverReason: string | null;
  /** This record corrects another; `amendedBy` is the correction of this one, if any. */
  amends: { id: number; reason: string | null } | null;
  amendedBy: { id: number; stage: InspectionStage } | null;
  project: {
    slug: string;
    title: LocalizedText;
    category: ProjectCategory | null;
    status: ProjectStatus;
    site: { slug: string; name: LocalizedText };
  };
  panel: PanelMemberDto[];
  /** The caller's seat on the panel; null for staff who are not on it. */
  me: { panelMemberId: number; chair: boolean } | null;
  /** Every member's grades and remarks: private to the panel and staff. */
  assessments: { panelMemberId: number; items: AssessmentDto[] }[];
  /** What the assessments point to; the chair decides. */
  proposal: { verdict: Verdict | null; criteria: { criterion: AcceptanceCriterion; grade: CriterionGrade }[] };
  verdict: VerdictDraftDto | null;
  /** The file beside the form: the project's approvals, milestones (with earlier verdicts) and documents. */
  context: {
    approvals: ApprovalDto[];
    milestones: MilestoneDto[];
    documents: { id: number; kind: DocumentKind; title: string; public: boolean }[];
  };
  /** YYYY-MM-DD in the bureau's time zone: what `overdue` was measured against. */
  today: string;
}

export interface ReviewListItem {
  id: number;
  kind: InspectionKind;
  date: string | null;
  stage: InspectionStage;
  project: { slug: string; title: LocalizedText };
  organiser: OrganisationRef | null;
  chair: boolean;
  /** The record this one corrects, when it is an amendment. */
  amends: number | null;
  /** What this member still has to do, in the order the work goes. */
  todo: 'assess' | 'decide' | 'sign' | 'wait' | 'none';
}

export interface ReviewListDto {
  items: ReviewListItem[];
}

/** A project's inspections as the staff workspace lists them. */
export interface ProjectInspectionsDto {
  items: Omit<InspectionReviewDto, 'context'>[];
}

export interface ExpertListDto {
  items: { id: string; name: string; email: string }[];
}

export interface ScheduleResult {
  id: number;
  milestoneId: number;
  /** Rules the schedule did not break but a person should see. */
  warnings: string[];
}
