/**
 * One contract per query (DESIGN.md rule 4): the tag names what the data shows, the react-query
 * key is derived from the tag, and the fetcher is the one way to load it. Tags follow
 * lib/api/cache-tags.ts (`noun:identifier`); the staff API addresses projects by slug, so their
 * tags carry the slug under their own noun and cannot be mistaken for `project:${id}`.
 * The staff reads behind these are fresh on the server (no 'use cache'), so today the tags
 * group client caches; a server prefetch that caches them would use the same strings.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ProjectDetail, SiteDetail } from './dto';
import { apiFetch } from './fetcher';
import type { DashboardDto, HistoryDto, OrganisationListDto } from './manage-dto';
import type { ExpertListDto, InspectionReviewDto, ProjectInspectionsDto, ReviewListDto } from './review-dto';

export interface QueryContract<T> {
  readonly tag: string;
  readonly key: readonly string[];
  readonly fetcher: (context?: { signal?: AbortSignal }) => Promise<T>;
}

export const manageTags = {
  dashboard: 'dashboard',
  project: (slug: string) => `project-slug:${slug}`,
  projectHistory: (slug: string) => `project-slug:${slug}:history`,
  milestone: (id: number) => `milestone:${id}`,
  milestoneHistory: (id: number) => `milestone:${id}:history`,
  organisations: 'organisations',
  site: (slug: string) => `site-slug:${slug}`,
  projectInspections: (slug: string) => `project-slug:${slug}:inspections`,
  experts: 'experts',
  /** The expert's own list of inspections (/review). */
  review: 'review',
  inspection: (id: number) => `inspection:${id}`,
} as const;

/** `a:b:c` → ['a', 'b', 'c']: a tag's key starts with the keys of the tags it belongs to. */
export function keyOf(tag: string): readonly string[] {
  return tag.split(':');
}

function contract<T>(tag: string, path: string): QueryContract<T> {
  return { tag, key: keyOf(tag), fetcher: ({ signal } = {}) => apiFetch<T>(path, { signal }) };
}

const enc = encodeURIComponent;

export const dashboardQuery = () => contract<DashboardDto>(manageTags.dashboard, '/api/v1/manage/dashboard');
export const projectQuery = (slug: string) => contract<ProjectDetail>(manageTags.project(slug), `/api/v1/projects/${enc(slug)}`);
export const projectHistoryQuery = (slug: string) =>
  contract<HistoryDto>(manageTags.projectHistory(slug), `/api/v1/projects/${enc(slug)}/history`);
export const milestoneHistoryQuery = (id: number) =>
  contract<HistoryDto>(manageTags.milestoneHistory(id), `/api/v1/milestones/${id}/history`);
/** Every organisation, for pickers (an approval's authority). */
export const organisationsQuery = () => contract<OrganisationListDto>(manageTags.organisations, '/api/v1/organisations');
/** A site with its buildings, for pickers (the buildings an approval covers). */
export const siteQuery = (slug: string) => contract<SiteDetail>(manageTags.site(slug), `/api/v1/sites/${enc(slug)}`);

/** A contract as react-query options: `useQuery(options(projectQuery(slug)))`. */
export function options<T>(q: QueryContract<T>) {
  return queryOptions({ queryKey: q.key, queryFn: ({ signal }) => q.fetcher({ signal }) });
}

/** The inspections whose panel the caller sits on, for /review. */
export const reviewListQuery = () => contract<ReviewListDto>(manageTags.review, '/api/v1/review/inspections');
/** One inspection with its drafts and the file beside it: for its panel and staff. */
export const inspectionQuery = (id: number) => contract<InspectionReviewDto>(manageTags.inspection(id), `/api/v1/inspections/${id}`);
/** A project's inspections for the staff workspace. */
export const projectInspectionsQuery = (slug: string) =>
  contract<ProjectInspectionsDto>(manageTags.projectInspections(slug), `/api/v1/projects/${enc(slug)}/inspections`);
/** Expert accounts, for picking a panel. */
export const expertsQuery = () => contract<ExpertListDto>(manageTags.experts, '/api/v1/experts');
