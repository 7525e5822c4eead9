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
import { assess, decide, itemStep, refuse, schedule, sign } from './panel-steps';
import { createProject, type Running, type StaffFixtures } from './staff';

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
      try {
        project = await createProject(panel.staff, ledger, fixtures.site, fixtures.building, slug, 'staff:create-project');
      } catch (error) {
        // The ledger has the refused creation; without a project this panel has nothing to inspect.
        figures.problems.push(`panel ${panel.index}: ${(error as Error).message}`);
        break;
      }
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
