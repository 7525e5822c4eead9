import { expect, test } from '@playwright/test';

// The API does not depend on the screen: run it once.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

test('GET /api/v1/sites lists sites with their current level', async ({ request }) => {
  const response = await request.get('/api/v1/sites');
  expect(response.status()).toBe(200);
  const { items } = await response.json();
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    slug: 'zhengzhou-no2-grinding-wheel-factory',
    name: { zh: '郑州第二砂轮厂旧址', en: 'Former Zhengzhou No.2 Grinding Wheel Factory' },
    level: 'national',
    batch: 8,
    category: 'modern_historic',
    buildingCount: 7,
  });
});

test('GET /api/v1/sites/{slug} gives designations, buildings and projects', async ({ request }) => {
  const site = await (await request.get('/api/v1/sites/zhengzhou-no2-grinding-wheel-factory')).json();
  expect(site.designations.map((d: { level: string; batch: number; date: string }) => [d.level, d.batch, d.date])).toEqual([
    ['provincial', 7, '2016'],
    ['national', 8, '2019-10-07'],
  ]);
  expect(site.buildings).toHaveLength(7);
  expect(site.buildings[0]).toMatchObject({
    slug: 'office-building',
    name: { zh: '厂部办公大楼', en: 'Factory office building' },
    status: 'restored',
  });
  expect(site.projects.map((p: { slug: string; status: string; category: string | null }) => [p.slug, p.status, p.category])).toEqual([
    ['ersha-office-building-restoration', 'accepted', 'repair'],
    ['ersha-rubber-workshop-and-warehouse-restoration', 'initiating', 'repair'],
    ['ersha-four-buildings-initiation', 'initiating', null],
  ]);
});

test('GET /api/v1/projects/{slug} gives milestones with versions and inspections', async ({ request }) => {
  const project = await (await request.get('/api/v1/projects/ersha-office-building-restoration')).json();
  expect(project.site).toMatchObject({ slug: 'zhengzhou-no2-grinding-wheel-factory', level: 'national' });
  expect(project.buildings).toEqual([{ slug: 'office-building', name: { zh: '厂部办公大楼', en: 'Factory office building' } }]);
  expect(project.approvals).toHaveLength(1);
  expect(project.approvals[0]).toMatchObject({
    date: '2019-05-07',
    decision: 'approved',
    authority: { slug: 'henan-cultural-heritage-bureau' },
    buildings: ['office-building', 'rubber-wheel-workshop'],
  });
  const milestones = project.milestones.map(
    (m: { kind: string; actual: string; planned: string | null; version: number; inspection: { verdict: string } | null }) => [
      m.kind,
      m.actual,
      m.planned,
      m.version,
      m.inspection?.verdict ?? null,
    ],
  );
  expect(milestones).toEqual([
    ['plan_approval', '2019-05-07', null, 1, null],
    ['construction_start', '2020-07', null, 1, null],
    ['midterm_inspection', '2020-08-13', null, 1, 'basically_qualified'],
    ['construction_complete', '2020-09', null, 1, null],
    ['preliminary_acceptance', '2020-12-09', null, 1, 'qualified'],
    ['final_acceptance', '2022-05-18', null, 1, 'qualified'],
  ]);
  const final = project.milestones[5].inspection;
  expect(final).toMatchObject({
    date: '2022-05-18',
    organiser: { slug: 'zhongyuan-culture-tourism-sports-bureau' },
    unanimous: true,
    signedAt: null,
  });
  expect(final.criteria).toEqual(
    expect.arrayContaining([
      { criterion: 'engineering_quality', grade: 'qualified' },
      { criterion: 'overall_effect', grade: 'fairly_good' },
    ]),
  );
  expect(typeof project.milestones[0].id).toBe('number');
});

test('an unknown slug is a 404 problem', async ({ request }) => {
  for (const path of ['/api/v1/sites/nope', '/api/v1/projects/nope']) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 404, title: 'Not found' });
    expect(problem.detail).toContain('nope');
  }
});
