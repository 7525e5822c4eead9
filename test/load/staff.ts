/**
 * Bureau staff at work, through the JSON API as the workspace sends it:
 * - note writers save milestone notes with the version they last saw, two writers to a milestone,
 *   so that a 409 (someone saved first) really happens; like the workspace's dialog they take the
 *   version the 409 carries and save again;
 * - creators add buildings, milestones and approvals to the run's own site and project, now and
 *   then opening the dashboard or a project's history as staff do between saves.
 * Every write goes into the ledger with its token and what it must have left in the database.
 */
import type { Client } from './client';
import type { Ledger } from './ledger';

/** False once the run's time is up: a worker finishes its current request and stops. */
export type Running = () => boolean;

/** The run's own records, made at setup: a site with a building, and an unpublished project on it. */
export interface StaffFixtures {
  site: string;
  building: string;
  project: string;
  /** A milestone of that project saved once, so that version 1 is always stale. */
  staleMilestone: { id: number };
}

/** A write that must succeed at setup; anything else stops the run before the load starts. */
function mustSucceed(kind: string, status: number, body: unknown): void {
  if (status < 200 || status > 299) throw new Error(`setup ${kind} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
}

export async function createStaffFixtures(staff: Client, ledger: Ledger): Promise<StaffFixtures> {
  const site = `load-${ledger.runId}`;
  const siteToken = ledger.token();
  const sitePath = '/api/v1/sites';
  const siteAnswer = await staff.send('setup', 'POST', sitePath, {
    slug: site,
    name: { zh: `${siteToken} 负载测试文物单位` },
    category: 'other',
  });
  ledger.add('setup:site', siteToken, 'POST', sitePath, siteAnswer, {
    expect: [201],
    audit: ['create'],
    places: [{ table: 'sites', column: 'name_zh', id: siteAnswer.body?.id ?? null }],
  });
  mustSucceed('site', siteAnswer.status, siteAnswer.body);

  const building = 'load-building';
  await createBuilding(staff, ledger, site, building, 'setup:building', true);
  const project = await createProject(staff, ledger, site, building, `load-${ledger.runId}-staff`, 'setup:project', true);

  const created = await createMilestone(staff, ledger, project, 'proposal_submitted', 'setup:milestone', true);
  const path = `/api/v1/milestones/${created.id}`;
  const token = ledger.token();
  const saved = await staff.send('setup', 'PATCH', path, { note: `${token} 备注`, version: created.version });
  ledger.add('setup:milestone-note', token, 'PATCH', path, saved, {
    expect: [200],
    audit: ['update'],
    places: [{ table: 'milestones', column: 'note_zh', id: created.id }],
    slot: { key: `milestone-note:${created.id}`, order: saved.body?.milestone?.version ?? 0 },
  });
  mustSucceed('milestone note', saved.status, saved.body);
  return { site, building, project, staleMilestone: { id: created.id } };
}

export async function createBuilding(
  staff: Client,
  ledger: Ledger,
  site: string,
  slug: string,
  kind: string,
  setup = false,
): Promise<number | null> {
  const token = ledger.token();
  const path = `/api/v1/sites/${site}/buildings`;
  const answer = await staff.send(setup ? 'setup' : 'staff:create-building', 'POST', path, {
    slug,
    name: { zh: `${token} 测试建筑`, en: `${token} test building` },
    builtYear: 1956,
  });
  ledger.add(kind, token, 'POST', path, answer, {
    expect: [201],
    audit: ['create'],
    places: [
      { table: 'buildings', column: 'name_zh', id: answer.body?.id ?? null },
      { table: 'buildings', column: 'name_en', id: answer.body?.id ?? null },
    ],
  });
  if (setup) mustSucceed(kind, answer.status, answer.body);
  return answer.body?.id ?? null;
}

/** An unpublished maintenance project (no approval chain to satisfy) on the run's site. */
export async function createProject(
  staff: Client,
  ledger: Ledger,
  site: string,
  building: string,
  slug: string,
  kind: string,
  setup = false,
): Promise<string> {
  const token = ledger.token();
  const path = '/api/v1/projects';
  const answer = await staff.send(setup ? 'setup' : 'staff:create-project', 'POST', path, {
    site,
    slug,
    title: { zh: `${token} 负载测试工程` },
    category: 'maintenance',
    buildings: [building],
    published: false,
  });
  ledger.add(kind, token, 'POST', path, answer, {
    expect: [201],
    audit: ['create'],
    places: [{ table: 'projects', column: 'title_zh', id: answer.body?.id ?? null }],
  });
  mustSucceed(kind, answer.status, answer.body);
  return slug;
}

export async function createMilestone(
  staff: Client,
  ledger: Ledger,
  project: string,
  milestoneKind: string,
  kind: string,
  setup = false,
): Promise<{ id: number; version: number }> {
  const token = ledger.token();
  const path = `/api/v1/projects/${project}/milestones`;
  const answer = await staff.send(setup ? 'setup' : 'staff:create-milestone', 'POST', path, { kind: milestoneKind, note: `${token} 备注` });
  const id = answer.body?.milestone?.id ?? null;
  const version = answer.body?.milestone?.version ?? 1;
  ledger.add(kind, token, 'POST', path, answer, {
    expect: [201],
    audit: ['create'],
    places: [{ table: 'milestones', column: 'note_zh', id }],
    // A later save of its note replaces this one in the row.
    slot: { key: `milestone-note:${id}`, order: version },
  });
  if (setup) mustSucceed(kind, answer.status, answer.body);
  return { id, version };
}

/**
 * Saves notes on one milestone until the run ends. The row keeps only the latest note; each
 * acknowledged one is in the audit trail once. Returns how many saves were acknowledged, which
 * the milestone's final version must account for.
 */
export async function writeNotes(
  staff: Client,
  ledger: Ledger,
  target: { id: number; version: number },
  running: Running,
): Promise<number> {
  const path = `/api/v1/milestones/${target.id}`;
  let version = target.version;
  let saved = 0;
  for (let n = 0; running(); n++) {
    const token = ledger.token();
    const answer = await staff.send('staff:milestone-note', 'PATCH', path, { note: `${token} 备注：负载测试`, version });
    const next: number | undefined = answer.body?.milestone?.version ?? answer.body?.current?.version;
    ledger.add('staff:milestone-note', token, 'PATCH', path, answer, {
      expect: [200, 409],
      audit: ['update'],
      places: [{ table: 'milestones', column: 'note_zh', id: target.id }],
      slot: { key: `milestone-note:${target.id}`, order: next ?? 0 },
    });
    if (answer.status === 200) saved += 1;
    if (typeof next === 'number') version = next;
    // Between saves, what staff look at: the milestone's history, now and then.
    if (n % 5 === 4 && running()) await staff.send('staff:read', 'GET', `${path}/history`);
  }
  return saved;
}

/** Creates buildings, milestones and approvals in turn until the run ends, reading the dashboard between. */
export async function createRecords(
  staff: Client,
  ledger: Ledger,
  fixtures: StaffFixtures,
  worker: number,
  running: Running,
): Promise<void> {
  for (let n = 0; running(); n++) {
    switch (n % 4) {
      case 0:
        await createBuilding(staff, ledger, fixtures.site, `load-${worker}-${n}`, 'staff:create-building');
        break;
      case 1:
        // A repeatable kind without dates: no rule between milestones can refuse it.
        await createMilestone(staff, ledger, fixtures.project, 'rectification_closed', 'staff:create-milestone');
        break;
      case 2: {
        const token = ledger.token();
        const path = `/api/v1/projects/${fixtures.project}/approvals`;
        const answer = await staff.send('staff:create-approval', 'POST', path, {
          subject: 'other',
          decision: 'approved',
          subjectText: { zh: `${token} 批复事项` },
          documentNumber: `${token}`,
        });
        const id = answer.body?.approval?.id ?? null;
        ledger.add('staff:create-approval', token, 'POST', path, answer, {
          expect: [201],
          audit: ['create'],
          places: [
            { table: 'approvals', column: 'subject_text_zh', id },
            { table: 'approvals', column: 'document_number', id },
          ],
        });
        break;
      }
      default:
        await staff.send('staff:read', 'GET', n % 8 === 3 ? '/api/v1/manage/dashboard' : `/api/v1/projects/${fixtures.project}/history`);
    }
  }
}
