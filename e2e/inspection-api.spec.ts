import { type APIRequestContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { apiAs, apiFor, createUser, e2eDatabase } from './accounts';

// A mid-term inspection through the API, as the panel's paper opinion goes: staff schedule it,
// two experts and the chair assess, the chair records 基本合格 with two rectification items, all
// sign, the record locks (API and database), the public reads it, the items are closed, and a
// final acceptance is refused before the closure and allowed after.

const PROJECT = 'panel-walk';
const SITE = 'panel-walk-site';
const REMARK = '仅供专家组参考的私下意见';

let staff: APIRequestContext;
let chair: APIRequestContext;
let expertA: APIRequestContext;
let expertB: APIRequestContext;
let outsider: APIRequestContext;
let anonymous: APIRequestContext;
let db: Database.Database;
let panel: Record<'chair' | 'a' | 'b', { email: string; name: string }>;
let midterm: number;
let contentHash: string;
let items: { id: number; version: number }[];

const problem = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => ({
  status: response.status(),
  ...((await response.json()) as Record<string, unknown> & { errors: Record<string, string[]> }),
});
const count = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  const base = baseURL as string;
  panel = { chair: createUser('expert', '李组长'), a: createUser('expert', '王专家'), b: createUser('expert', '赵专家') };
  [chair, expertA, expertB] = await Promise.all([
    apiFor(base, panel.chair.email),
    apiFor(base, panel.a.email),
    apiFor(base, panel.b.email),
  ]);
  [staff, outsider, anonymous] = await Promise.all([apiAs(base, 'staff'), apiAs(base, 'expert'), apiAs(base, 'anonymous')]);
  db = new Database(e2eDatabase(), { readonly: true });

  expect(
    (await staff.post('/api/v1/sites', { data: { slug: SITE, name: { zh: '评审流程测试单位' }, category: 'modern_historic' } })).status(),
  ).toBe(201);
  expect((await staff.post(`/api/v1/sites/${SITE}/buildings`, { data: { slug: 'walk-hall', name: { zh: '评审测试厅' } } })).status()).toBe(
    201,
  );
  const project = await staff.post('/api/v1/projects', {
    data: { site: SITE, slug: PROJECT, title: { zh: '评审流程测试工程' }, category: 'repair', buildings: ['walk-hall'], published: true },
  });
  expect(project.status(), await project.text()).toBe(201);
  const start = await staff.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind: 'construction_start', actual: '2024-03' } });
  expect(start.status(), await start.text()).toBe(201);
});

test.afterAll(async () => {
  db.close();
  await Promise.all([staff, chair, expertA, expertB, outsider, anonymous].map((c) => c.dispose()));
});

const schedule = (kind: string, date: string, extra: Record<string, unknown> = {}) =>
  staff.post(`/api/v1/projects/${PROJECT}/inspections`, {
    data: {
      kind,
      date,
      organiser: 'henan-cultural-heritage-bureau',
      panel: [
        { email: panel.chair.email, chair: true },
        { email: panel.a.email, chair: false },
        { email: panel.b.email, chair: false },
      ],
      ...extra,
    },
  });

test('scheduling refuses bad input field by field and writes nothing', async () => {
  const before = count('inspections');
  const bad = await staff.post(`/api/v1/projects/${PROJECT}/inspections`, {
    data: {
      kind: 'midterm_inspection',
      date: '2024-09',
      organiser: 'henan-cultural-heritage-bureau',
      panel: [{ email: panel.a.email, chair: false }],
    },
  });
  const body = await problem(bad);
  expect(body.status).toBe(400);
  expect(body.errors.date).toEqual(['日期：检查或验收日期应写到日，如 2024-09-12']);
  expect(body.errors.panel?.join()).toContain('专家组至少2人');

  const notExpert = await problem(
    await staff.post(`/api/v1/projects/${PROJECT}/inspections`, {
      data: {
        kind: 'midterm_inspection',
        date: '2024-09-12',
        organiser: 'henan-cultural-heritage-bureau',
        panel: [
          { email: panel.chair.email, chair: true },
          { email: 'nobody@bureau.example', chair: false },
        ],
      },
    }),
  );
  expect(notExpert.status).toBe(422);
  expect(notExpert.errors['panel.1.email']).toEqual(['专家组第2项·邮箱：“nobody@bureau.example”不是可用的专家账号']);
  expect((await schedule('midterm_inspection', '2024-09-12')).status()).not.toBe(403); // staff may schedule…
  expect((await chair.post(`/api/v1/projects/${PROJECT}/inspections`, { data: {} })).status()).toBe(403); // …an expert may not
  expect(count('inspections')).toBe(before + 1);
  midterm = db.prepare('select max(id) from inspections').pluck().get() as number;
});

test('an expert not on the panel gets 403 on every inspection endpoint; anonymous 401', async () => {
  const hash = { contentHash: '0'.repeat(64) };
  const calls = (c: APIRequestContext) => [
    c.get(`/api/v1/inspections/${midterm}`),
    c.put(`/api/v1/inspections/${midterm}/assessments/me`, {
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'good' }] },
    }),
    c.put(`/api/v1/inspections/${midterm}/verdict`, { data: {} }),
    c.post(`/api/v1/inspections/${midterm}/sign`, { data: hash }),
    c.post(`/api/v1/inspections/${midterm}/amendments`, { data: { reason: '不是专家组成员发起的更正' } }),
  ];
  expect((await Promise.all(calls(outsider))).map((r) => r.status())).toEqual([403, 403, 403, 403, 403]);
  expect((await Promise.all(calls(anonymous))).map((r) => r.status())).toEqual([401, 401, 401, 401, 401]);
  // Staff keep the record but do not sit on the panel: they read it, they do not grade or sign.
  expect((await Promise.all(calls(staff))).map((r) => r.status()).slice(0, 4)).toEqual([200, 403, 403, 403]);
  const list = await (await outsider.get('/api/v1/review/inspections')).json();
  expect(list.items.map((i: { id: number }) => i.id)).not.toContain(midterm);
});

test('two experts and the chair assess; the proposal follows their grades', async () => {
  const grade = (q: string, a: string) => ({
    assessments: [
      { criterion: 'engineering_quality', grade: q, remarks: REMARK },
      { criterion: 'archive_completeness', grade: a },
    ],
  });
  for (const [member, grades] of [
    [expertA, grade('qualified', 'basically_qualified')],
    [expertB, grade('good', 'basically_qualified')],
    [chair, grade('qualified', 'qualified')],
  ] as const) {
    const saved = await member.put(`/api/v1/inspections/${midterm}/assessments/me`, { data: grades });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  const review = await (await chair.get(`/api/v1/inspections/${midterm}`)).json();
  expect(review.stage).toBe('assessing');
  expect(review.me.chair).toBe(true);
  expect(review.panel.every((m: { assessed: boolean }) => m.assessed)).toBe(true);
  expect(review.proposal).toEqual({
    verdict: 'basically_qualified',
    criteria: [
      { criterion: 'engineering_quality', grade: 'qualified' },
      { criterion: 'archive_completeness', grade: 'basically_qualified' },
    ],
  });
  const mine = await (await expertA.get('/api/v1/review/inspections')).json();
  expect(mine.items.find((i: { id: number }) => i.id === midterm)).toMatchObject({ stage: 'assessing', chair: false, todo: 'wait' });
});

test("the chair's 基本合格 needs rectification items; a member cannot decide", async () => {
  const verdict = {
    version: 1,
    verdict: 'basically_qualified',
    unanimous: true,
    conclusion: '修缮工程总体基本合格',
    criteria: [
      { criterion: 'engineering_quality', grade: 'qualified' },
      { criterion: 'archive_completeness', grade: 'basically_qualified' },
    ],
    findings: [{ criterion: 'archive_completeness', text: '监理日志缺2024年5月部分' }],
    rectificationItems: [] as { description: string; due: string }[],
  };
  expect((await expertA.put(`/api/v1/inspections/${midterm}/verdict`, { data: verdict })).status()).toBe(403);
  const refused = await problem(await chair.put(`/api/v1/inspections/${midterm}/verdict`, { data: verdict }));
  expect(refused.status).toBe(400);
  expect(refused.errors.rectificationItems).toEqual(['整改要求：结论为基本合格或不合格时，须至少列出一项整改要求']);

  verdict.rectificationItems = [
    { description: '补齐2024年5月监理日志', due: '2024-10-31' },
    { description: '补拍屋面修缮前后对比照片', due: '2024-11-30' },
  ];
  const saved = await chair.put(`/api/v1/inspections/${midterm}/verdict`, { data: verdict });
  expect(saved.status(), await saved.text()).toBe(200);
  const review = await saved.json();
  expect(review.stage).toBe('signing');
  expect(review.verdict.rectificationItems.map((r: { status: string }) => r.status)).toEqual(['open', 'open']);
  contentHash = review.verdict.contentHash;
  // A draft is no one's business but the panel's: the public page shows only that it is scheduled.
  const publicProject = await (await anonymous.get(`/api/v1/projects/${PROJECT}`)).json();
  const publicInspection = publicProject.milestones.find((m: { kind: string }) => m.kind === 'midterm_inspection').inspection;
  expect(publicInspection).toMatchObject({ decided: false, verdict: null, rectificationItems: [], criteria: [] });
});

test('signatures lock the record: the milestone is dated, writes get 409, the database refuses', async () => {
  const stale = await problem(await expertA.post(`/api/v1/inspections/${midterm}/sign`, { data: { contentHash: 'f'.repeat(64) } }));
  expect(stale).toMatchObject({ status: 409, type: '/problems/stale-version' });
  for (const member of [expertA, expertB]) {
    expect((await member.post(`/api/v1/inspections/${midterm}/sign`, { data: { contentHash } })).status()).toBe(200);
  }
  expect(db.prepare('select locked_at from inspections where id = ?').pluck().get(midterm)).toBeNull();
  const last = await chair.post(`/api/v1/inspections/${midterm}/sign`, { data: { contentHash } });
  expect(last.status(), await last.text()).toBe(200);
  const locked = await last.json();
  expect(locked.stage).toBe('locked');
  expect(locked.panel.every((m: { signedAt: string | null }) => m.signedAt !== null)).toBe(true);
  expect(locked.project.status).toBe('rectifying');
  expect(
    db.prepare('select actual from milestones where id = (select milestone_id from inspections where id = ?)').pluck().get(midterm),
  ).toBe('2024-09-12');

  for (const write of [
    chair.put(`/api/v1/inspections/${midterm}/verdict`, {
      data: {
        version: locked.version,
        verdict: 'qualified',
        unanimous: true,
        criteria: [{ criterion: 'engineering_quality', grade: 'good' }],
        findings: [],
        rectificationItems: [],
      },
    }),
    expertA.put(`/api/v1/inspections/${midterm}/assessments/me`, {
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'good' }] },
    }),
    expertB.post(`/api/v1/inspections/${midterm}/sign`, { data: { contentHash } }),
  ]) {
    expect(await problem(await write)).toMatchObject({ status: 409, type: '/problems/inspection-locked' });
  }
  const writable = new Database(e2eDatabase());
  try {
    expect(() => writable.prepare("update inspections set verdict = 'qualified' where id = ?").run(midterm)).toThrow(/inspection_locked/);
    expect(() => writable.prepare("update rectification_items set description_zh = '改写' where inspection_id = ?").run(midterm)).toThrow(
      /inspection_locked/,
    );
  } finally {
    writable.close();
  }
  expect(db.prepare('select verdict from inspections where id = ?').pluck().get(midterm)).toBe('basically_qualified');
});

test('the public reads the signed verdict and its items, never the private remarks', async () => {
  const page = await anonymous.get(`/projects/${PROJECT}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain('补齐2024年5月监理日志');
  expect(html).toContain('监理日志缺2024年5月部分');
  expect(html).not.toContain(REMARK);
  const project = await (await anonymous.get(`/api/v1/projects/${PROJECT}`)).json();
  const inspection = project.milestones.find((m: { kind: string }) => m.kind === 'midterm_inspection').inspection;
  expect(inspection).toMatchObject({ decided: true, verdict: 'basically_qualified', unanimous: true });
  expect(inspection.panel.map((m: { name: string; chair: boolean }) => [m.name, m.chair])).toEqual([
    ['李组长', true],
    ['王专家', false],
    ['赵专家', false],
  ]);
  expect(JSON.stringify(project)).not.toContain(REMARK);
  expect((await anonymous.get(`/projects/${PROJECT}/inspections/${midterm}`)).status()).toBe(200);
});

test('a final acceptance is refused while items are open, and allowed once both are closed', async () => {
  // Completion and a qualified preliminary acceptance, so that only the open items stand in the way.
  expect(
    (await staff.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind: 'construction_complete', actual: '2025-05' } })).status(),
  ).toBe(201);
  const prelim = (await (await schedule('preliminary_acceptance', '2025-06-10')).json()).id as number;
  for (const member of [chair, expertA, expertB]) {
    await member.put(`/api/v1/inspections/${prelim}/assessments/me`, {
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'good' }] },
    });
  }
  const decided = await chair.put(`/api/v1/inspections/${prelim}/verdict`, {
    data: {
      version: 1,
      verdict: 'qualified',
      unanimous: true,
      criteria: [{ criterion: 'engineering_quality', grade: 'good' }],
      findings: [],
      rectificationItems: [],
    },
  });
  const hash = (await decided.json()).verdict.contentHash;
  for (const member of [chair, expertA, expertB]) {
    expect((await member.post(`/api/v1/inspections/${prelim}/sign`, { data: { contentHash: hash } })).status()).toBe(200);
  }

  const refused = await problem(await schedule('final_acceptance', '2025-11-20'));
  expect(refused.status).toBe(422);
  expect(refused.errors.kind).toEqual(['终期验收前，此前的整改项须全部核验关闭（尚有2项未关闭）']);
  expect(refused.errors.waiver).toBeDefined();
  expect((await schedule('final_acceptance', '2025-11-20', { waiver: '太短' })).status()).toBe(400);

  const review = await (await staff.get(`/api/v1/inspections/${midterm}`)).json();
  items = review.verdict.rectificationItems.map((r: { id: number; version: number }) => ({ id: r.id, version: r.version }));
  for (const item of items) {
    const submitted = await staff.post(`/api/v1/rectification-items/${item.id}/submit`, {
      data: { version: item.version, note: '已按要求整改完毕，附说明' },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    expect((await submitted.json()).status).toBe('submitted');
  }
  const [first, second] = items as [{ id: number; version: number }, { id: number; version: number }];
  expect((await outsider.post(`/api/v1/rectification-items/${first.id}/verify`, { data: { version: 2, accept: true } })).status()).toBe(
    403,
  );
  const byPanel = await expertA.post(`/api/v1/rectification-items/${first.id}/verify`, {
    data: { version: 2, accept: true, note: '核验属实' },
  });
  expect(await byPanel.json()).toMatchObject({ status: 'closed', verifiedBy: '王专家' });

  const stillOne = await problem(await schedule('final_acceptance', '2025-11-20'));
  expect(stillOne.errors.kind).toEqual(['终期验收前，此前的整改项须全部核验关闭（尚有1项未关闭）']);

  const byStaff = await staff.post(`/api/v1/rectification-items/${second.id}/verify`, { data: { version: 2, accept: true } });
  expect((await byStaff.json()).status).toBe('closed');
  const allowed = await schedule('final_acceptance', '2025-11-20');
  expect(allowed.status(), await allowed.text()).toBe(201);
  expect(await allowed.json()).toMatchObject({ id: expect.any(Number), milestoneId: expect.any(Number) });

  const audit = db
    .prepare("select action from audit_events where entity = 'rectification_item' and entity_id in (?, ?) order by id")
    .pluck()
    .all(String(first.id), String(second.id));
  expect(audit).toEqual(['submit', 'submit', 'verify', 'verify']);
});
