/**
 * The staff workspace's writes, each with the tags of the queries it makes stale. Bodies are the
 * shared zod shapes (lib/api/schemas.ts); the server validates them again and decides.
 */
import type { ProjectDetail } from './dto';
import { apiFetch } from './fetcher';
import type { MilestoneResult } from './manage-dto';
import { manageTags } from './queries';
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
