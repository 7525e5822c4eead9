/**
 * Projects with everything under them: the buildings they cover, their units, the approvals
 * (by the authority the site's level on that day calls for, lib/domain/approvals.ts), the milestones
 * of their timeline and the decided inspections. Written site by site, so every table's ids rise.
 */
import { expectedApprover, levelOn } from '../../lib/domain/approvals';
import type { AdminLevel, InspectionKind, OrganisationRole } from '../../lib/domain/codes';
import { isInspectionKind } from '../../lib/domain/milestones';
import type { BuildingInfo } from './buildings';
import { AS_OF_DAY, beijingMs, isoDay, partialDate, yearOf } from './dates';
import { writeInspection } from './inspections';
import type { Person, ProvinceOrgs, Registry } from './organisations';
import { picker, type Rng } from './prng';
import {
  NOTE_SHARE,
  PROJECT_CATEGORY_WEIGHTS,
  PROJECT_SITE_WEIGHT,
  PUBLISHED_SHARE,
  PUBLISHED_SHARE_INITIATING,
  STAGE_WEIGHTS,
} from './proportions';
import { nationalSince, type SiteInfo } from './sites';
import { clip, uniqueSlug } from './slugs';
import type { Ids, Statements } from './statements';
import { fillNote, NOTES, PROJECT_KINDS } from './texts';
import { planTimeline, type Step } from './timeline';

const pickCategory = picker(PROJECT_CATEGORY_WEIGHTS);
const pickStage = picker(STAGE_WEIGHTS);
const CATEGORY_SLUG = {
  repair: 'repair',
  maintenance: 'maintenance',
  emergency_reinforcement: 'emergency',
  protective_facility: 'facilities',
  relocation: 'relocation',
  other: 'works',
} as const;
const UNSTATED_KIND = ['保护项目', 'Conservation project for'] as const;

/**
 * How many projects each site has: `total` in all, each drawn to a site in proportion to its
 * level's weight, so national key units see the most works and many county sites none.
 */
export function allocateProjects(rng: Rng, sites: SiteInfo[], total: number): Uint16Array {
  const cumulative = new Float64Array(sites.length);
  let sum = 0;
  sites.forEach((s, i) => {
    sum += PROJECT_SITE_WEIGHT[s.level];
    cumulative[i] = sum;
  });
  const counts = new Uint16Array(sites.length);
  for (let n = 0; n < total; n++) {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = sites.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    counts[lo] = (counts[lo] as number) + 1;
  }
  return counts;
}

/** National key sites file their approved plans with the national administration (rule 6). */
function addPlanFiling(rng: Rng, steps: Step[], since: number | null): void {
  const i = steps.findIndex((s) => s.kind === 'plan_approval');
  const approval = steps[i];
  if (since === null || !approval) return;
  const day = approval.actual ?? approval.planned;
  if (day === null || since > day) return;
  const filing: Step =
    approval.actual !== null
      ? { kind: 'plan_filing', sequence: 1, actual: approval.actual + rng.int(3, 14), planned: null, inspection: null }
      : { kind: 'plan_filing', sequence: 1, actual: null, planned: day + 10, inspection: null };
  steps.splice(i + 1, 0, filing);
}

/** A panel of three (five for a final acceptance), chaired by the first, from the province's experts and its neighbours'. */
function panelFor(rng: Rng, reg: Registry, province: number, kind: InspectionKind): Person[] {
  const size = kind === 'final_acceptance' ? 5 : 3;
  const pool: number[] = [];
  for (let p = province; pool.length < 12 && p < province + reg.provinces.length; p++) {
    pool.push(...(reg.provinces[p % reg.provinces.length] as ProvinceOrgs).experts);
  }
  return rng
    .sample(pool, Math.min(pool.length, size + 4))
    .slice(0, size)
    .map((i) => reg.experts[i] as Person);
}

function documentNumber(rng: Rng, admin: AdminLevel, site: SiteInfo, year: number): string {
  const prefix =
    admin === 'national'
      ? '文物保函'
      : admin === 'provincial'
        ? `${site.province.place.abbr}文物`
        : admin === 'municipal'
          ? `${site.city.zh.slice(0, 2)}文物`
          : `${site.district.name.slice(0, 2)}文旅`;
  return `${prefix}〔${year}〕${rng.int(1, 999)}号`;
}

export interface ProjectContext {
  st: Statements;
  ids: Ids;
  rng: Rng;
  reg: Registry;
  taken: Set<string>;
}

/** Writes one site's projects. */
export function writeSiteProjects(c: ProjectContext, site: SiteInfo, buildings: BuildingInfo[], count: number): void {
  const { st, ids, rng, reg } = c;
  const provinceIndex = reg.provinces.indexOf(site.province);
  const since = nationalSince(site);
  const authority = (admin: AdminLevel) =>
    admin === 'national'
      ? reg.nationalBureau
      : admin === 'provincial'
        ? site.province.bureau
        : admin === 'municipal'
          ? site.city.bureau
          : site.district.bureau;
  // The level on the date as recorded (a year-only date counts a listing of that year), as rule 6 reads it.
  const levelAt = (date: string) => levelOn(site.designations, date) ?? site.designations[0]?.level ?? site.level;

  for (let n = 0; n < count; n++) {
    const stage = pickStage(rng);
    const category = stage === 'initiating' && rng.chance(0.15) ? null : pickCategory(rng);
    const steps = planTimeline(rng, category ?? 'repair', stage);
    if (category !== 'maintenance') addPlanFiling(rng, steps, since);

    const whole = buildings.length <= 2 || rng.chance(0.15);
    const covered = whole ? buildings : rng.sample(buildings, rng.int(1, Math.min(3, buildings.length)));
    const [kindZh, kindEn] = category ? rng.pick(PROJECT_KINDS[category]) : UNSTATED_KIND;
    const titleZh = whole ? `${site.nameZh}${kindZh}` : `${site.nameZh}${covered.map((b) => b.nameZh).join('、')}${kindZh}`;
    const titleEn = whole ? `${kindEn} ${site.nameEn}` : `${kindEn} ${site.nameEn}: ${covered.map((b) => b.nameEn).join(', ')}`;
    const days = steps.flatMap((s) => [s.actual, s.planned]).filter((d): d is number => d !== null);
    const firstDay = Math.min(...days, AS_OF_DAY);
    const slug = uniqueSlug(c.taken, `${clip(site.slug, 52)}-${category ? CATEGORY_SLUG[category] : 'project'}-${yearOf(firstDay)}`);

    // The units: the site's keeper owns it; designers join once it is approved, builders and supervisors once works near.
    const p = site.province;
    const units: Partial<Record<OrganisationRole, number>> = { owner: site.district.keeper };
    if (stage !== 'initiating') units.designer = rng.pick(p.designers);
    if (
      steps.some((s) => s.kind === 'construction_start' && (s.actual !== null || s.planned !== null)) &&
      stage !== 'initiating' &&
      stage !== 'approved'
    ) {
      units.contractor = rng.pick(p.contractors);
      units.supervisor = rng.pick(p.supervisors);
    }
    const participants = new Map<string, [number, OrganisationRole]>();
    const join = (org: number, role: OrganisationRole) => participants.set(`${org}:${role}`, [org, role]);
    for (const [role, org] of Object.entries(units) as [OrganisationRole, number][]) join(org, role);

    const name = (id: number | undefined) => (id === undefined ? undefined : reg.orgs.get(id));
    const descriptionZh = [
      `${site.nameZh}位于${site.city.zh}${site.district.name}。`,
      units.designer ? `方案由${name(units.designer)?.zh}编制` : '',
      units.contractor ? `，${name(units.contractor)?.zh}施工，${name(units.supervisor)?.zh}监理` : '',
      units.designer ? '。' : '项目正在开展前期工作。',
    ].join('');
    const descriptionEn = [
      `${site.nameEn} is in ${site.district.nameEn}, ${site.city.en}. `,
      units.designer ? `Plan by ${name(units.designer)?.en}` : 'Preparatory work is under way.',
      units.contractor ? `; works by ${name(units.contractor)?.en}, supervised by ${name(units.supervisor)?.en}` : '',
      units.designer ? '.' : '',
    ]
      .join('')
      // A company's name may end in "Ltd." already.
      .replace(/\.\.$/, '.');
    const published = rng.chance(stage === 'initiating' ? PUBLISHED_SHARE_INITIATING : PUBLISHED_SHARE) ? 1 : 0;
    const created = beijingMs(firstDay, 9);
    const lastDone = Math.max(firstDay, ...steps.flatMap((s) => (s.actual === null ? [] : [s.actual])));
    const projectId = ids.project++;
    st.project.run(
      projectId,
      slug,
      site.id,
      category,
      titleZh,
      titleEn,
      descriptionZh,
      descriptionEn,
      published,
      created,
      beijingMs(lastDone, 18),
    );
    for (const b of covered) st.projectBuilding.run(projectId, b.id);

    // Dates as the record gives them: a day for inspections (the opinion is dated), else day, month or year.
    const actuals = steps.map((s) => (s.actual === null ? null : isInspectionKind(s.kind) ? isoDay(s.actual) : partialDate(rng, s.actual)));

    const authorityOf = new Map<number, number>();
    const approval = (
      subject: 'project' | 'plan' | 'plan_filing',
      admin: AdminLevel,
      date: string,
      day: number,
      decision: string,
      withBuildings: boolean,
    ) => {
      const id = ids.approval++;
      const org = authority(admin);
      join(org, 'approver');
      authorityOf.set(id, org);
      const [textZh, textEn] =
        subject === 'project'
          ? [`${titleZh}立项`, `Project approval: ${titleEn}`]
          : subject === 'plan'
            ? [`${titleZh}设计方案`, `Design plan: ${titleEn}`]
            : [`${titleZh}设计方案备案`, `Plan filing: ${titleEn}`];
      st.approval.run(
        id,
        site.id,
        projectId,
        org,
        date,
        documentNumber(rng, admin, site, yearOf(day)),
        subject,
        textZh,
        textEn,
        decision,
        beijingMs(day, 10),
        beijingMs(day, 10),
      );
      if (withBuildings) for (const b of covered) st.approvalBuilding.run(id, b.id);
      return id;
    };
    const approvalOf = new Map<number, number>();
    steps.forEach((s, i) => {
      const date = actuals[i];
      if (s.actual === null || date == null) return;
      if (s.kind === 'project_approval') {
        approvalOf.set(
          i,
          approval(
            'project',
            expectedApprover(levelAt(date), 'project'),
            date,
            s.actual,
            rng.chance(0.85) ? 'approved' : 'approved_in_principle',
            false,
          ),
        );
      } else if (s.kind === 'plan_approval') {
        // Now and then a first plan was sent back before the one approved.
        const projectDay = steps.find((x) => x.kind === 'project_approval')?.actual ?? null;
        const rejectedDay = s.actual - rng.int(60, 150);
        if (rng.chance(0.08) && (projectDay === null || rejectedDay > projectDay)) {
          approval('plan', expectedApprover(levelAt(isoDay(rejectedDay)), 'plan'), isoDay(rejectedDay), rejectedDay, 'rejected', true);
        }
        approvalOf.set(
          i,
          approval(
            'plan',
            expectedApprover(levelAt(date), 'plan'),
            date,
            s.actual,
            rng.chance(0.7) ? 'approved' : 'approved_in_principle',
            true,
          ),
        );
      } else if (s.kind === 'plan_filing') {
        const admin = category === 'maintenance' ? expectedApprover(levelAt(date), 'plan') : 'national';
        approvalOf.set(i, approval('plan_filing', admin, date, s.actual, 'approved', true));
      }
    });
    // Some proposals were turned down first; the project waits for a new decision.
    const proposal = steps.find((s) => s.kind === 'proposal_submitted' && s.actual !== null);
    if (stage === 'initiating' && proposal?.actual != null && rng.chance(0.2)) {
      const day = proposal.actual + rng.int(60, 200);
      if (day < AS_OF_DAY) approval('project', expectedApprover(levelAt(isoDay(day)), 'project'), isoDay(day), day, 'rejected', false);
    }

    steps.forEach((s, i) => {
      const milestoneId = ids.milestone++;
      const date = actuals[i] ?? null;
      const planned = s.planned === null ? null : rng.chance(0.4) ? isoDay(s.planned) : isoDay(s.planned).slice(0, 7);
      const approvalId = approvalOf.get(i) ?? null;
      const templates = NOTES[s.kind];
      let note: readonly [string, string] | null = null;
      if (date !== null && templates && rng.chance(NOTE_SHARE)) {
        const a = approvalId === null ? undefined : name(authorityOf.get(approvalId));
        const values = {
          a: a?.zh ?? '主管部门',
          A: a?.en ?? 'authority',
          d: name(units.designer)?.zh ?? '设计单位',
          D: name(units.designer)?.en ?? 'the designer',
          c: name(units.contractor)?.zh ?? '施工单位',
          C: name(units.contractor)?.en ?? 'The contractor',
        };
        const [zh, en] = rng.pick(templates);
        note = [fillNote(zh, values), fillNote(en, values)];
      }
      st.milestone.run(
        milestoneId,
        projectId,
        s.kind,
        s.sequence,
        planned,
        date,
        note?.[0] ?? null,
        note?.[1] ?? null,
        approvalId,
        1,
        created,
        s.actual === null ? created : beijingMs(s.actual, 18),
      );
      if (s.actual === null || !s.inspection || !isInspectionKind(s.kind)) return;

      const national = site.level === 'national' || site.level === 'provincial';
      const organiser =
        s.kind === 'final_acceptance' ? site.district.bureau : s.kind === 'midterm_inspection' && national ? p.bureau : site.city.bureau;
      const expertGroup = national || s.kind === 'final_acceptance' ? p.expertGroup : site.city.expertGroup;
      join(organiser, 'organiser');
      join(expertGroup, 'expert_group');
      writeInspection(st, ids, rng, reg, {
        milestoneId,
        kind: s.kind,
        verdict: s.inspection.verdict,
        day: s.actual,
        closedBy: s.inspection.closedBy,
        organiser,
        expertGroup,
        units,
        panel: panelFor(rng, reg, provinceIndex, s.kind),
        staff: p.staff,
      });
    });

    for (const [org, role] of participants.values()) st.participant.run(ids.participant++, projectId, org, role);
  }
}
