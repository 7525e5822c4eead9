/**
 * An expert panel at work, through the API its members use at /review: staff schedule a mid-term
 * inspection of one of the run's projects with three experts on its panel; each member grades
 * it (some twice, revising); the chair records a verdict (sometimes with a stale version first,
 * then again with the one the 409 carries; sometimes revising it); all three sign at once, and
 * the last signature locks it; staff report the rectification item done and a member verifies it.
 * Refusals belong here too: an expert off the panel (403) and a grade after the lock (409).
 */
import type { Client } from './client';
import type { Ledger } from './ledger';
import { PANEL_SIZE } from './options';
import { createProject, type Running, type StaffFixtures } from './staff';

/** Held in the past, so that it can be signed (a future inspection cannot). */
const HELD_ON = '2024-05-20';
const ITEM_DUE = '2024-06-20';
/** A seeded organisation (db/seed/ersha-case.ts) that organises inspections. */
const ORGANISER = 'zhengzhou-cultural-heritage-bureau';
const CRITERIA = ['engineering_quality', 'archive_completeness', 'overall_effect'] as const;
const GRADES = ['good', 'fairly_good', 'qualified', 'basically_qualified'] as const;
/** A project's milestones grow by one per cycle; a fresh project every few cycles keeps each small. */
const CYCLES_PER_PROJECT = 10;

export interface Panel {
  index: number;
  /** Chair first. */
  members: Client[];
  emails: string[];
  staff: Client;
  /** An expert on no panel of this run. */
  outsider: Client;
}

export interface PanelFigures {
  cycles: number;
  locked: number;
  problems: string[];
}

/** Deterministic variety from the cycle number, so that a failing run can be read back. */
const every = (n: number, k: number) => n % k === 0;

export async function runPanel(panel: Panel, ledger: Ledger, fixtures: StaffFixtures, running: Running): Promise<PanelFigures> {
  const figures: PanelFigures = { cycles: 0, locked: 0, problems: [] };
  let project: string | null = null;
  for (let cycle = 0; running(); cycle++) {
    if (project === null || every(cycle, CYCLES_PER_PROJECT)) {
      const slug = `load-${ledger.runId}-panel${panel.index}-${cycle}`;
      project = await createProject(panel.staff, ledger, fixtures.site, fixtures.building, slug, 'staff:create-project');
    }
    const result = await inspectionCycle(panel, ledger, project, cycle, running);
    figures.cycles += 1;
    if (result === 'locked') figures.locked += 1;
    else if (result !== 'stopped') {
      figures.problems.push(`panel ${panel.index} cycle ${cycle}: ${result}`);
      // An inspection left undecided blocks the next one on its project: start on a new project.
      project = null;
    }
  }
  return figures;
}

type CycleResult = 'locked' | 'stopped' | string;

async function inspectionCycle(panel: Panel, ledger: Ledger, project: string, cycle: number, running: Running): Promise<CycleResult> {
  const [chair, second] = panel.members as [Client, Client];
  const id = await schedule(panel, ledger, project);
  if (id === null) return 'scheduling was refused';

  // What a member opens first: their list, then the inspection with its file.
  for (const member of panel.members) await member.send('expert:read', 'GET', '/api/v1/review/inspections');
  const review = await chair.send('expert:read', 'GET', `/api/v1/inspections/${id}`);
  if (review.status !== 200) return `reading inspection ${id} answered ${review.status}`;
  if (!running()) return 'stopped';

  const rounds = every(cycle, 3) ? 2 : 1;
  const graded = await Promise.all(panel.members.map((member, m) => assess(member, ledger, id, m, cycle, rounds)));
  if (!graded.every(Boolean)) return 'an assessment was refused';
  await refuse(panel.outsider, ledger, 'refuse:not-on-panel', `/api/v1/inspections/${id}/assessments/me`, 403);
  if (!running()) return 'stopped';

  let version: number = review.body.version;
  if (every(cycle, 4)) {
    // A stale version, as when two tabs are open: refused, and the 409 carries the version to use.
    const stale = await decide(chair, ledger, id, version + 1, 'refuse:stale-verdict', [409]);
    version = stale.body?.current?.version ?? version;
  }
  let decided = await decide(chair, ledger, id, version, 'expert:verdict', [200]);
  if (decided.status === 200 && every(cycle, 3)) decided = await decide(chair, ledger, id, decided.body.version, 'expert:verdict', [200]);
  if (decided.status !== 200) return `the verdict was refused (${decided.status})`;
  if (!running()) return 'stopped';

  const contentHash: string = decided.body.verdict.contentHash;
  const signed = await Promise.all(panel.members.map((member) => sign(member, ledger, id, contentHash)));
  const locking = signed.filter((s) => s?.stage === 'locked');
  if (signed.some((s) => s === null)) return 'a signature was refused';
  if (locking.length !== 1) return `${locking.length} of ${PANEL_SIZE} signatures answered "locked", want exactly 1`;
  await refuse(second, ledger, 'refuse:locked-inspection', `/api/v1/inspections/${id}/assessments/me`, 409);

  const item = locking[0]?.verdict?.rectificationItems?.[0];
  if (!item) return `the locked verdict of inspection ${id} has no rectification item`;
  const submitted = await itemStep(
    panel.staff,
    ledger,
    'staff:submit-item',
    item.id,
    'submit',
    { version: item.version },
    'submission_note',
  );
  if (submitted === null) return `submitting item ${item.id} was refused`;
  const verified = await itemStep(
    second,
    ledger,
    'expert:verify-item',
    item.id,
    'verify',
    { version: submitted, accept: true },
    'verification_note',
  );
  return verified === null ? `verifying item ${item.id} was refused` : 'locked';
}

async function schedule(panel: Panel, ledger: Ledger, project: string): Promise<number | null> {
  const path = `/api/v1/projects/${project}/inspections`;
  const token = ledger.token();
  const answer = await panel.staff.send('staff:schedule-inspection', 'POST', path, {
    kind: 'midterm_inspection',
    date: HELD_ON,
    organiser: ORGANISER,
    panel: panel.emails.map((email, index) => ({ email, chair: index === 0 })),
  });
  const id: number | null = answer.body?.id ?? null;
  ledger.add('staff:schedule-inspection', token, 'POST', path, answer, {
    expect: [201],
    audit: ['schedule'],
    // The body has no free text: the request id finds its audit event, these rows its effect.
    tokenSent: false,
    rows: id
      ? [
          {
            label: `inspection ${id} on milestone ${answer.body.milestoneId}`,
            sql: 'select count(*) from inspections where id = ? and milestone_id = ?',
            params: [id, answer.body.milestoneId],
            want: 1,
          },
          {
            label: `panel of inspection ${id}`,
            sql: 'select count(*) from panel_members where inspection_id = ?',
            params: [id],
            want: PANEL_SIZE,
          },
        ]
      : [],
  });
  return answer.status === 201 ? id : null;
}

async function assess(member: Client, ledger: Ledger, id: number, m: number, cycle: number, rounds: number): Promise<boolean> {
  const path = `/api/v1/inspections/${id}/assessments/me`;
  for (let round = 1; round <= rounds; round++) {
    const token = ledger.token();
    const answer = await member.send('expert:assess', 'PUT', path, {
      assessments: CRITERIA.map((criterion, k) => ({
        criterion,
        grade: GRADES[(cycle + m + k + round) % GRADES.length],
        ...(k === 0 ? { remarks: `${token} 评定意见` } : {}),
      })),
    });
    ledger.add('expert:assess', token, 'PUT', path, answer, {
      expect: [200],
      audit: ['assess'],
      places: [{ table: 'assessments', column: 'remarks', id: null }],
      slot: { key: `assess:${id}:${m}`, order: round },
    });
    if (answer.status !== 200) return false;
  }
  return true;
}

/** A grade sent by someone who may not give one now; it must be refused and leave nothing. */
async function refuse(client: Client, ledger: Ledger, kind: string, path: string, status: number): Promise<void> {
  const token = ledger.token();
  const answer = await client.send(kind, 'PUT', path, {
    assessments: [{ criterion: 'engineering_quality', grade: 'good', remarks: `${token} 不应保存` }],
  });
  ledger.add(kind, token, 'PUT', path, answer, { expect: [status] });
}

async function decide(chair: Client, ledger: Ledger, id: number, version: number, kind: string, expect: number[]) {
  const path = `/api/v1/inspections/${id}/verdict`;
  const token = ledger.token();
  const answer = await chair.send(kind, 'PUT', path, {
    version,
    verdict: 'basically_qualified',
    unanimous: true,
    conclusion: `${token} 专家组结论：总体效果较好`,
    criteria: CRITERIA.map((criterion) => ({ criterion, grade: 'basically_qualified' })),
    findings: [{ criterion: 'engineering_quality', text: `${token} 发现的问题` }],
    rectificationItems: [{ description: `${token} 整改要求`, due: ITEM_DUE }],
  });
  ledger.add(kind, token, 'PUT', path, answer, {
    expect,
    audit: ['decide'],
    places: [
      { table: 'inspections', column: 'conclusion_zh', id },
      { table: 'inspection_findings', column: 'text_zh', id: null },
      { table: 'rectification_items', column: 'description_zh', id: null },
    ],
    slot: { key: `verdict:${id}`, order: answer.body?.version ?? 0 },
  });
  return answer;
}

/** One member's signature; returns the answer's inspection, or null when it was refused. */
// biome-ignore lint/suspicious/noExplicitAny: the review answer, read field by field
async function sign(member: Client, ledger: Ledger, id: number, contentHash: string): Promise<any | null> {
  const path = `/api/v1/inspections/${id}/sign`;
  const token = ledger.token();
  const answer = await member.send('expert:sign', 'POST', path, { contentHash });
  const locked = answer.body?.stage === 'locked';
  const seat: number | undefined = answer.body?.me?.panelMemberId;
  ledger.add('expert:sign', token, 'POST', path, answer, {
    expect: [200],
    // The last signature also locks the record and dates its milestone.
    audit: locked ? ['sign', 'lock', 'update'] : ['sign'],
    tokenSent: false,
    rows: [
      ...(seat === undefined
        ? []
        : [
            {
              label: `signature of seat ${seat} on inspection ${id}`,
              sql: 'select count(*) from signatures where inspection_id = ? and panel_member_id = ?',
              params: [id, seat],
              want: 1,
            },
          ]),
      ...(locked
        ? [
            {
              label: `inspection ${id} locked`,
              sql: 'select count(*) from inspections where id = ? and locked_at is not null',
              params: [id],
              want: 1,
            },
          ]
        : []),
    ],
  });
  return answer.status === 200 ? answer.body : null;
}

/** Submits or verifies a rectification item with a note; returns the item's new version, or null if refused. */
async function itemStep(
  client: Client,
  ledger: Ledger,
  kind: string,
  itemId: number,
  step: 'submit' | 'verify',
  body: Record<string, unknown>,
  column: string,
): Promise<number | null> {
  const path = `/api/v1/rectification-items/${itemId}/${step}`;
  const token = ledger.token();
  const answer = await client.send(kind, 'POST', path, { ...body, note: `${token} ${step === 'submit' ? '已按要求整改' : '核验通过'}` });
  ledger.add(kind, token, 'POST', path, answer, {
    expect: [200],
    audit: [step],
    places: [{ table: 'rectification_items', column, id: itemId }],
  });
  return answer.status === 200 ? (answer.body?.version ?? null) : null;
}
