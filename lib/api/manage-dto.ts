/**
 * The shapes of the staff workspace's API answers (dashboard, history, milestone writes).
 * Isomorphic: types only. Dates are partial-date strings; `at` is an ISO timestamp.
 */
import type { LocalizedText, MilestoneDto, ProjectSummary } from '@/lib/api/dto';
import type { AdminLevel, MilestoneKind, OrganisationKind, RectificationStatus } from '@/lib/domain/codes';

export interface DueMilestone {
  id: number;
  kind: MilestoneKind;
  planned: string;
  version: number;
  project: { slug: string; title: string };
}

export interface OpenRectificationItem {
  id: number;
  description: string;
  status: RectificationStatus;
  due: string | null;
  overdue: boolean;
  /** The kind of the inspection milestone that raised it. */
  inspection: MilestoneKind;
  project: { slug: string; title: string };
}

export interface RecentChange {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
}

export interface DashboardDto {
  /** YYYY-MM-DD, the server's today: what "overdue" was measured against. */
  today: string;
  overdue: DueMilestone[];
  upcoming: DueMilestone[];
  openItems: OpenRectificationItem[];
  recent: RecentChange[];
  /** The most recently changed projects, at most DASHBOARD_PROJECTS of them. */
  projects: (ProjectSummary & { published: boolean })[];
  /** How many there are in all; each list above holds at most DASHBOARD_LIST (projects: DASHBOARD_PROJECTS). */
  totals: { overdue: number; upcoming: number; overdueItems: number; pendingItems: number; projects: number };
}

/** A national register has thousands of late steps: the dashboard lists the first ones and counts the rest. */
export const DASHBOARD_LIST = 100;
export const DASHBOARD_PROJECTS = 50;

export interface HistoryItem {
  at: string;
  /** A signed-in person, or a label for writes made by a tool (the seed import). */
  actor: { name: string; email: string } | { label: string };
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface HistoryDto {
  items: HistoryItem[];
}

export interface MilestoneResult {
  milestone: MilestoneDto;
  /** Rules the save did not break but a person should see. */
  warnings: string[];
}

export interface OrganisationListDto {
  items: { slug: string; name: LocalizedText; kind: OrganisationKind; adminLevel: AdminLevel | null }[];
}
