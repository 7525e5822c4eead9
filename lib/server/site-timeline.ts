import 'server-only';
import type { ApprovalDto, DesignationDto, MilestoneDto, ProjectSummary, TimelineEvent } from '@/lib/api/dto';
import { compareForTimeline } from '@/lib/domain/partial-date';

/** Everything dated that happened to a site or building, oldest first; undated records are left out. */
export function buildTimeline(input: {
  designations: DesignationDto[];
  approvals: ApprovalDto[];
  projects: ProjectSummary[];
  milestones: Map<string, MilestoneDto[]>;
}): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const d of input.designations) {
    if (!d.date) continue;
    events.push({
      date: d.date,
      kind: 'designation',
      code: d.level,
      // A document number (国发〔2019〕22号) exists only in Chinese: English pages mark it lang="zh-CN".
      detail: d.documentNumber ? { zh: d.documentNumber, en: null } : null,
      project: null,
      verdict: null,
    });
  }
  const milestoneKeys = new Set([...input.milestones.values()].flat().flatMap((m) => (m.actual ? [`${m.kind}@${m.actual}`] : [])));
  for (const a of input.approvals) {
    if (!a.date) continue;
    // An approval that a project already shows as its approval milestone appears once.
    const asMilestone = a.subject === 'plan' ? 'plan_approval' : a.subject === 'project' ? 'project_approval' : null;
    if (asMilestone && milestoneKeys.has(`${asMilestone}@${a.date}`)) continue;
    events.push({ date: a.date, kind: 'approval', code: a.subject, detail: a.subjectText, project: null, verdict: null });
  }
  for (const p of input.projects) {
    for (const m of input.milestones.get(p.slug) ?? []) {
      if (!m.actual) continue;
      events.push({
        date: m.actual,
        kind: 'milestone',
        code: m.kind,
        detail: null,
        project: { slug: p.slug, title: p.title },
        verdict: m.inspection?.verdict ?? null,
      });
    }
  }
  return events.sort((a, b) => compareForTimeline(a.date, b.date));
}
