/**
 * The staff workspace's writes, each with the tags of the queries it makes stale. Bodies are the
 * shared zod shapes (lib/api/schemas.ts); the server validates them again and decides.
 */
import type { ProjectDetail } from './dto';
import { apiFetch } from './fetcher';
import type {
  AmendmentInput,
  Assessments,
  InspectionSchedule,
  RectificationSubmit,
  RectificationVerify,
  SignInput,
  VerdictInput,
} from './inspection-schemas';
import type { MilestoneResult } from './manage-dto';
import { manageTags } from './queries';
import type { InspectionReviewDto, RectificationItemDetail, ScheduleResult } from './review-dto';
import type { MilestoneCreate, MilestonePatch, ProjectPatch } from './schemas';

const enc = encodeURIComponent;

export const patchMilestone = (id: number, body: MilestonePatch) =>
  apiFetch<MilestoneResult>(`/api/v1/milestones/${id}`, { method: 'PATCH', json: body });

export const createMilestone = (projectSlug: string, body: MilestoneCreate) =>
  apiFetch<MilestoneResult>(`/api/v1/projects/${enc(projectSlug)}/milestones`, { method: 'POST', json: body });

export const patchProject = (slug: string, body: ProjectPatch) =>
  apiFetch<ProjectDetail>(`/api/v1/projects/${enc(slug)}`, { method: 'PATCH', json: body });

/** A milestone write changes the project (status, rule findings), its history, the milestone's history and the dashboard. */
export const milestoneWriteTags = (projectSlug: string, id?: number) => [
  manageTags.project(projectSlug),
  ...(id === undefined ? [] : [manageTags.milestone(id)]),
  manageTags.dashboard,
];

export const projectWriteTags = (slug: string) => [manageTags.project(slug), manageTags.dashboard];

export const scheduleInspection = (projectSlug: string, body: InspectionSchedule) =>
  apiFetch<ScheduleResult>(`/api/v1/projects/${enc(projectSlug)}/inspections`, { method: 'POST', json: body });

export const putMyAssessments = (id: number, body: Assessments) =>
  apiFetch<InspectionReviewDto>(`/api/v1/inspections/${id}/assessments/me`, { method: 'PUT', json: body });

export const putVerdict = (id: number, body: VerdictInput) =>
  apiFetch<InspectionReviewDto>(`/api/v1/inspections/${id}/verdict`, { method: 'PUT', json: body });

export const signInspection = (id: number, body: SignInput) =>
  apiFetch<InspectionReviewDto>(`/api/v1/inspections/${id}/sign`, { method: 'POST', json: body });

export const amendInspection = (id: number, body: AmendmentInput) =>
  apiFetch<{ id: number }>(`/api/v1/inspections/${id}/amendments`, { method: 'POST', json: body });

export const submitRectification = (id: number, body: RectificationSubmit) =>
  apiFetch<RectificationItemDetail>(`/api/v1/rectification-items/${id}/submit`, { method: 'POST', json: body });

export const verifyRectification = (id: number, body: RectificationVerify) =>
  apiFetch<RectificationItemDetail>(`/api/v1/rectification-items/${id}/verify`, { method: 'POST', json: body });

/** Any write on an inspection changes it, the lists it appears in, its project and the dashboard. */
export const inspectionWriteTags = (id: number, projectSlug?: string) => [
  manageTags.inspection(id),
  manageTags.review,
  manageTags.dashboard,
  ...(projectSlug ? [manageTags.project(projectSlug), manageTags.projectInspections(projectSlug)] : []),
];
