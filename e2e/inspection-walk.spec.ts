import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { createUser, signInPage } from './accounts';

/**
 * The whole life of a mid-term inspection in the browser, each person in their own session: staff
 * schedule it with a panel; two experts and the chair grade it; the chair records 基本合格 with two
 * rectification items; all three sign and the record locks; a reader sees the verdict on the
 * public page; staff close both items; and a final acceptance, refused while they were open, is
 * scheduled after. Only the preliminary acceptance between them is set up through the API.
 */

const run = Math.random().toString(36).slice(2, 7);
const SITE = `walk-site-${run}`;
const PROJECT = `walk-project-${run}`;
const TITLE = `巡检全流程测试工程 ${run}`;
const ITEMS = ['补齐2024年5月监理日志', '补拍屋面修缮前后对比照片'];

async function personPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInPage(page, email);
  return page;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

/** The inspection form of the review workspace, reached from the expert's own list. */
async function openFromList(page: Page, group: RegExp) {
  await page.goto('/review');
  await page
    .getByRole('region', { name: group })
    .getByRole('link', { name: `中期检查 · ${TITLE}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
}

async function grade(page: Page, quality: string, archives: string) {
  await page.getByRole('group', { name: '工程质量', exact: true }).getByLabel('评定等级').selectOption({ label: quality });
  await page.getByRole('group', { name: '档案资料', exact: true }).getByLabel('评定等级').selectOption({ label: archives });
  await page.getByRole('button', { name: '保存我的评定' }).click();
  await expect(page.getByText('已保存您的评定。')).toBeVisible();
}

async function schedule(page: Page, kind: string, date: string, panel: { name: string; chair: boolean }[]) {
  const form = page.getByRole('form', { name: '安排检查或验收' });
  await form.getByLabel('检查或验收类型').selectOption({ label: kind });
  await form.getByLabel('检查日期').fill(date);
  const organiser = await form.locator('option', { hasText: '河南省文物局' }).first().getAttribute('value');
  await form.getByLabel('组织单位').selectOption(organiser as string);
  for (const member of panel) await form.getByRole('checkbox', { name: new RegExp(member.name) }).check();
  await form.getByRole('radio', { name: `设${panel.find((m) => m.chair)?.name}为组长` }).check();
  await form.getByRole('button', { name: '安排' }).click();
  return form;
}

test('a mid-term inspection from scheduling through verdict, signatures, the public page and closure, to the final acceptance', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const clerk = createUser('staff', '巡检科员');
  const chair = createUser('expert', `巡检组长${run}`);
  const expertA = createUser('expert', `巡检专家甲${run}`);
  const expertB = createUser('expert', `巡检专家乙${run}`);
  const [staff, chairPage, pageA, pageB] = (await Promise.all(
    [clerk, chair, expertA, expertB].map((u) => personPage(browser, u.email)),
  )) as [Page, Page, Page, Page];
  const reader = await (await browser.newContext()).newPage();
  const editor = `/manage/projects/${PROJECT}`;

  await test.step('the project: started 2024-03, published', async () => {
    const api = staff.request;
    await ok(await api.post('/api/v1/sites', { data: { slug: SITE, name: { zh: `巡检测试单位 ${run}` }, category: 'modern_historic' } }));
    await ok(await api.post(`/api/v1/sites/${SITE}/buildings`, { data: { slug: 'walk-hall', name: { zh: '巡检测试楼' } } }));
    await ok(
      await api.post('/api/v1/projects', {
        data: { site: SITE, slug: PROJECT, title: { zh: TITLE }, category: 'repair', buildings: ['walk-hall'], published: true },
      }),
    );
    await ok(await api.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind: 'construction_start', actual: '2024-03' } }));
  });

  await test.step('staff schedule the mid-term inspection with a panel of three', async () => {
    await staff.goto(editor);
    const form = await schedule(staff, '中期检查', '2024-09-12', [
      { name: chair.name, chair: true },
      { name: expertA.name, chair: false },
      { name: expertB.name, chair: false },
    ]);
    await expect(form.getByRole('status').filter({ hasText: '已安排' })).toHaveText('✓ 已安排：中期检查，2024年9月12日');
    await expect(staff.getByRole('article', { name: '中期检查 · 2024年9月12日' })).toContainText('评定中');
  });

  await test.step('two experts and the chair record their grades', async () => {
    await openFromList(pageA, /待我评定/);
    await grade(pageA, '合格', '基本齐全');
    await openFromList(pageB, /待我评定/);
    await grade(pageB, '合格', '基本齐全');
    await openFromList(chairPage, /待我评定/);
    await grade(chairPage, '合格', '齐全');
  });

  await test.step('the chair records 基本合格 with two rectification items and signs', async () => {
    await chairPage.reload();
    await expect(chairPage.getByText('根据专家评定建议：基本合格')).toBeVisible();
    await expect(chairPage.getByLabel('结论（必填）')).toHaveValue('basically_qualified');
    await chairPage.getByLabel('总体意见').fill('修缮工程总体基本合格，档案资料须补齐。');
    await chairPage.getByRole('button', { name: '添加问题' }).click();
    const finding = chairPage.getByRole('listitem', { name: '第1条问题' });
    await finding.getByLabel('所属评定项（必填）').selectOption({ label: '档案资料' });
    await finding.getByLabel('问题描述（必填）').fill('监理日志缺2024年5月部分。');
    for (const [index, description] of ITEMS.entries()) {
      await chairPage.getByRole('button', { name: '添加整改要求' }).click();
      const item = chairPage.getByRole('listitem', { name: `第${index + 1}项整改` });
      await item.getByLabel('整改内容（必填）').fill(description);
      await item.getByLabel('整改期限（必填）').fill('2024-11-30');
    }
    await chairPage.getByRole('button', { name: '保存专家组结论' }).click();
    await expect(chairPage.getByText('已保存专家组结论，请各位专家签署。')).toBeVisible();
    const signatures = chairPage.getByRole('region', { name: '签署' });
    await signatures.getByRole('button', { name: '签署', exact: true }).click();
    await expect(signatures.getByText(/您已于 .* 签署。/)).toBeVisible();
  });

  await test.step('both experts sign what the chair recorded, and the record locks', async () => {
    for (const page of [pageA, pageB]) {
      await openFromList(page, /待我签署/);
      const signatures = page.getByRole('region', { name: '签署' });
      for (const item of ITEMS) await expect(signatures.getByText(item)).toBeVisible();
      await signatures.getByRole('button', { name: '签署', exact: true }).click();
    }
    await expect(pageB.getByText(/已签署锁定（.* 锁定）/)).toBeVisible();
    await expect(pageB.getByRole('button', { name: '签署', exact: true })).toHaveCount(0);
    // The API refuses any further change to it.
    const refused = await chairPage.request.put(`/api/v1/inspections/${pageB.url().split('/').pop()}/assessments/me`, {
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'good' }] },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).type).toBe('/problems/inspection-locked');
  });

  await test.step('a reader sees the signed verdict and its open items on the public page', async () => {
    await reader.goto(`/projects/${PROJECT}`);
    const verdicts = reader.getByRole('region', { name: '检查与验收结论' });
    const card = verdicts.getByRole('article').filter({ hasText: '中期检查' });
    await expect(card).toContainText('基本合格');
    await expect(card).toContainText('监理日志缺2024年5月部分。');
    // Due 2024-11-30, long past: each item is marked overdue in words, not colour alone.
    for (const item of ITEMS) {
      await expect(card.getByRole('row').filter({ hasText: item })).toContainText('待整改');
      await expect(card.getByRole('row').filter({ hasText: item })).toContainText('已逾期');
    }
    await expect(card).toContainText(chair.name);
  });

  await test.step('with a qualified preliminary acceptance on record, the final acceptance is refused for the open items', async () => {
    // Completion and a qualified preliminary acceptance, set up through the API.
    await ok(
      await staff.request.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind: 'construction_complete', actual: '2025-05' } }),
    );
    const { id } = await ok<{ id: number }>(
      await staff.request.post(`/api/v1/projects/${PROJECT}/inspections`, {
        data: {
          kind: 'preliminary_acceptance',
          date: '2025-06-10',
          organiser: 'zhengzhou-cultural-heritage-bureau',
          panel: [
            { email: chair.email, chair: true },
            { email: expertA.email, chair: false },
          ],
        },
      }),
    );
    const grades = { assessments: [{ criterion: 'engineering_quality', grade: 'good' }] };
    for (const page of [chairPage, pageA]) await ok(await page.request.put(`/api/v1/inspections/${id}/assessments/me`, { data: grades }));
    const decided = await ok<{ verdict: { contentHash: string } }>(
      await chairPage.request.put(`/api/v1/inspections/${id}/verdict`, {
        data: { version: 1, verdict: 'qualified', unanimous: true, criteria: grades.assessments, findings: [], rectificationItems: [] },
      }),
    );
    for (const page of [chairPage, pageA]) {
      await ok(await page.request.post(`/api/v1/inspections/${id}/sign`, { data: { contentHash: decided.verdict.contentHash } }));
    }

    await staff.goto(editor);
    const form = await schedule(staff, '终期验收', '2025-11-20', [
      { name: chair.name, chair: true },
      { name: expertB.name, chair: false },
    ]);
    await expect(form.getByRole('alert')).toContainText('此前的整改项须全部核验关闭（尚有2项未关闭）');
  });

  await test.step('staff submit both items with evidence and verify them closed', async () => {
    await staff.goto(editor);
    const card = staff.getByRole('article', { name: '中期检查 · 2024年9月12日' });
    await expect(card).toContainText('已签署锁定');
    for (const description of ITEMS) {
      const item = card.getByRole('listitem', { name: description });
      await item.getByRole('button', { name: '提交整改' }).click();
      await item.getByLabel('整改情况说明').fill('已按要求完成，材料见整改报告。');
      await item.getByRole('button', { name: '提交', exact: true }).click();
      await expect(item.getByRole('status')).toHaveText('✓ 已提交整改，等待核验。');
      await item.getByRole('button', { name: '核验通过' }).click();
      await expect(item.getByRole('status')).toHaveText('✓ 已核验通过，此项关闭。');
      await expect(item).toContainText('已核验关闭');
    }
    await reader.goto(`/projects/${PROJECT}`);
    const publicCard = reader.getByRole('region', { name: '检查与验收结论' }).getByRole('article').filter({ hasText: '中期检查' });
    for (const item of ITEMS) {
      await expect(publicCard.getByRole('row').filter({ hasText: item })).toContainText('已核验关闭');
      await expect(publicCard.getByRole('row').filter({ hasText: item })).not.toContainText('已逾期');
    }
  });

  await test.step('now the final acceptance is scheduled', async () => {
    await staff.goto(editor);
    const form = await schedule(staff, '终期验收', '2025-11-20', [
      { name: chair.name, chair: true },
      { name: expertB.name, chair: false },
    ]);
    await expect(form.getByRole('status').filter({ hasText: '已安排' })).toHaveText('✓ 已安排：终期验收，2025年11月20日');
    await expect(staff.getByRole('article', { name: '终期验收 · 2025年11月20日' })).toContainText('评定中');
  });

  for (const page of [staff, chairPage, pageA, pageB, reader]) await page.context().close();
});
