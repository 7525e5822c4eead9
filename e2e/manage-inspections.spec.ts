import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { apiFor, createUser } from './accounts';
import { expectNoHorizontalScroll } from './fixtures';
import { createOwnProject, isPhone, type OwnProject, type StaffPage, staffPage } from './manage-support';

/**
 * The bureau's side of inspections in the project editor: scheduling one before a panel (what the
 * form says while it is wrong, and what the section then lists), a final acceptance refused by
 * rule 5 and held with a written waiver, and the rectification items of a signed verdict
 * (overdue ones marked, submitted, sent back, verified, a stale save) down to the dashboard.
 * Each test has a project and experts of its own, so the tests run in parallel and on a phone.
 */

interface Expert {
  email: string;
  name: string;
}

/** Experts with names of their own: the picker lists every expert of the database. */
function experts(count: number): Expert[] {
  const run = Math.random().toString(36).slice(2, 7);
  return ['甲', '乙', '丙'].slice(0, count).map((n) => createUser('expert', `检查专家${n}${run}`));
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

/** The value of the organiser option whose words start with `name` (options also say the level). */
async function organisationValue(page: Page, name: string): Promise<string> {
  const value = await page.locator('option', { hasText: name }).first().getAttribute('value');
  expect(value).toBeTruthy();
  return value as string;
}

/**
 * A mid-term inspection on 2021-06-15 decided through the API as its panel would: each grades,
 * the chair records 基本合格 with two items (one due 2021-08-01, long past), everyone signs.
 */
async function decidedMidterm(baseURL: string, staff: APIRequestContext, project: OwnProject, [chair, member]: Expert[]) {
  if (!chair || !member) throw new Error('two experts needed');
  const orgs = await ok<{ items: { slug: string; name: { zh: string } }[] }>(await staff.get('/api/v1/organisations'));
  const organiser = orgs.items.find((o) => o.name.zh === '河南省文物局')?.slug as string;
  const { id } = await ok<{ id: number }>(
    await staff.post(`/api/v1/projects/${project.slug}/inspections`, {
      data: {
        kind: 'midterm_inspection',
        date: '2021-06-15',
        organiser,
        panel: [
          { email: chair.email, chair: true },
          { email: member.email, chair: false },
        ],
      },
    }),
  );
  const chairApi = await apiFor(baseURL, chair.email);
  const panel = [chairApi, await apiFor(baseURL, member.email)];
  for (const m of panel) {
    await ok(
      await m.put(`/api/v1/inspections/${id}/assessments/me`, {
        data: { assessments: [{ criterion: 'engineering_quality', grade: 'basically_qualified', remarks: null }] },
      }),
    );
  }
  const { version } = await ok<{ version: number }>(await chairApi.get(`/api/v1/inspections/${id}`));
  const decided = await ok<{ verdict: { contentHash: string } }>(
    await chairApi.put(`/api/v1/inspections/${id}/verdict`, {
      data: {
        version,
        verdict: 'basically_qualified',
        unanimous: true,
        conclusion: '工程总体基本合格，须按要求整改。',
        criteria: [{ criterion: 'engineering_quality', grade: 'basically_qualified' }],
        findings: [],
        rectificationItems: [
          { description: '东立面窗框防腐处理不到位', responsible: null, due: '2021-08-01' },
          { description: '补齐隐蔽工程影像资料', responsible: null, due: '2031-01' },
        ],
      },
    }),
  );
  for (const m of panel) await ok(await m.post(`/api/v1/inspections/${id}/sign`, { data: { contentHash: decided.verdict.contentHash } }));
  for (const m of panel) await m.dispose();
  return id;
}

let clerk: StaffPage;
let project: OwnProject;

test.beforeEach(async ({ browser }) => {
  clerk = await staffPage(browser, '检查安排员');
  project = await createOwnProject(clerk.page.request, '检查验收测试工程');
});

test.afterEach(async () => {
  await clerk?.context.close();
});

test('the schedule form names each missing field, and the scheduled inspection is listed with its panel', async () => {
  const [jia, yi] = experts(2) as [Expert, Expert];
  const { page } = clerk;
  await page.goto(project.editor);
  const section = page.getByRole('region', { name: '检查与验收' });
  await expect(section.getByText('尚未安排检查或验收。')).toBeVisible();
  const form = section.getByRole('form', { name: '安排检查或验收' });

  // Nothing filled in: the summary names every field, each linked to its control.
  await form.getByRole('button', { name: '安排' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toBeFocused();
  for (const message of [
    '检查或验收类型：请选择检查或验收类型',
    '组织单位：请选择组织单位',
    '专家组：专家组至少2人',
    '专家组：须指定且只能指定一位组长（现为0位）',
  ]) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
  }
  await expect(summary.getByRole('link', { name: /^检查日期：/ })).toBeVisible();
  await expect(form.getByLabel('检查或验收类型')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('group', { name: /专家组/ })).toHaveAccessibleDescription(/专家组：专家组至少2人/);

  // While typing: a month is not a day, and one expert is not a panel.
  const date = form.getByLabel('检查日期');
  await date.fill('2021-06');
  await expect(date).toHaveAccessibleDescription(/检查日期：检查或验收日期应写到日/);
  await form.getByRole('checkbox', { name: new RegExp(jia.name) }).check();
  await expect(form.getByRole('radio', { name: `设${yi.name}为组长` })).toBeDisabled();
  await expect(form.getByRole('group', { name: /专家组/ })).toHaveAccessibleDescription(/专家组至少2人/);

  await form.getByLabel('检查或验收类型').selectOption({ label: '中期检查' });
  await date.fill('2021-06-15');
  await form.getByLabel('组织单位').selectOption(await organisationValue(page, '河南省文物局'));
  await form.getByRole('button', { name: '添加参加单位' }).click();
  await form.getByRole('listitem', { name: '第1个参加单位' }).getByLabel('身份').selectOption({ label: '施工单位' });
  await form.getByRole('checkbox', { name: new RegExp(yi.name) }).check();
  await form.getByRole('radio', { name: `设${yi.name}为组长` }).check();
  await form.getByRole('button', { name: '安排' }).click();

  await expect(form.getByRole('status').filter({ hasText: '已安排' })).toHaveText('✓ 已安排：中期检查，2021年6月15日');
  await expect(form.getByLabel('检查或验收类型')).toHaveValue('');

  const card = section.getByRole('article', { name: '中期检查 · 2021年6月15日' });
  await expect(card).toContainText('评定中');
  await expect(card).toContainText('河南省文物局');
  await expect(card).toContainText('施工单位（名称未载明）');
  const panel = card.getByRole('region', { name: /专家组/ });
  await expect(panel).toContainText('已签署 0/2');
  await expect(panel.getByRole('listitem').filter({ hasText: yi.name })).toContainText('组长');
  await expect(panel.getByRole('listitem').filter({ hasText: jia.name })).not.toContainText('组长');
  await expect(panel.getByRole('listitem').filter({ hasText: jia.name })).toContainText('未评定');
  await expect(card).toContainText('组长尚未记录结论。');
  // Scheduling made the milestone on the board too.
  await expect(page.getByRole('form', { name: '中期检查', exact: true })).toBeVisible();
  if (isPhone(test.info())) await expectNoHorizontalScroll(page);
});

test('a final acceptance before a qualified preliminary one is refused with the rule, and scheduled with a written waiver', async () => {
  const [jia, yi] = experts(2) as [Expert, Expert];
  const { page } = clerk;
  await page.goto(project.editor);
  const form = page.getByRole('form', { name: '安排检查或验收' });
  await form.getByLabel('检查或验收类型').selectOption({ label: '终期验收' });
  await form.getByLabel('检查日期').fill('2023-06-20');
  await form.getByLabel('组织单位').selectOption(await organisationValue(page, '河南省文物局'));
  await form.getByRole('checkbox', { name: new RegExp(jia.name) }).check();
  await form.getByRole('checkbox', { name: new RegExp(yi.name) }).check();
  await form.getByRole('radio', { name: `设${jia.name}为组长` }).check();
  await form.getByRole('button', { name: '安排' }).click();

  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('终期验收的前提尚未满足');
  await expect(refusal).toContainText('终期验收须在最近一次初步验收合格之后进行');
  await expect(refusal).toBeFocused();
  const waiver = refusal.getByRole('group', { name: '豁免并安排（须写明理由）' });
  await expect(waiver.getByLabel('豁免理由')).toBeVisible();

  // A waiver without its reason is refused again, by the field.
  await form.getByRole('button', { name: '豁免并安排' }).click();
  await expect(waiver.getByLabel('豁免理由')).toHaveAccessibleDescription(/豁免理由：豁免须写明理由（至少10个字）/);

  const reason = '上级要求在汛期前完成验收，初步验收材料已报送待批。';
  await waiver.getByLabel('豁免理由').fill(reason);
  await form.getByRole('button', { name: '豁免并安排' }).click();
  await expect(form.getByRole('status').filter({ hasText: '已安排' })).toHaveText('✓ 已安排：终期验收，2023年6月20日');
  await expect(form.getByRole('group', { name: '豁免并安排（须写明理由）' })).toHaveCount(0);
  const card = page.getByRole('article', { name: '终期验收 · 2023年6月20日' });
  await expect(card).toContainText('评定中');
  await expect(card).toContainText(`豁免安排的理由${reason}`);
});

test('the items of a signed verdict: the overdue one is marked, submitted, sent back, saved over by a colleague, verified', async ({
  baseURL,
}) => {
  const panel = experts(2);
  const id = await decidedMidterm(baseURL as string, clerk.page.request, project, panel);
  const { page } = clerk;
  await page.goto(project.editor);
  const card = page.getByRole('article', { name: '中期检查 · 2021年6月15日' });
  await expect(card).toContainText('已签署锁定');
  await expect(card.getByRole('region', { name: /专家组/ })).toContainText('已签署 2/2');
  await expect(card.getByRole('link', { name: '查看公开的检查与验收意见' })).toHaveAttribute(
    'href',
    `/projects/${project.slug}/inspections/${id}`,
  );
  const items = card.getByRole('region', { name: /整改事项/ });
  await expect(items).toContainText('2 项未关闭，共 2 项');
  const late = items.getByRole('listitem', { name: '东立面窗框防腐处理不到位' });
  const later = items.getByRole('listitem', { name: '补齐隐蔽工程影像资料' });
  await expect(late).toContainText('已逾期');
  await expect(late).toContainText('2021年8月1日');
  await expect(later).not.toContainText('已逾期');
  await expect(later).toContainText('2031年1月');

  // Submitted with its evidence: too short first.
  await late.getByRole('button', { name: '提交整改' }).click();
  const note = late.getByLabel('整改情况说明');
  await expect(note).toBeFocused();
  await note.fill('已做');
  await late.getByRole('button', { name: '提交', exact: true }).click();
  await expect(note).toHaveAccessibleDescription(/整改情况说明：请说明整改情况（至少5个字）/);
  await note.fill('已重新做防腐处理，照片见整改报告第3页。');
  await late.getByRole('button', { name: '提交', exact: true }).click();
  await expect(late.getByRole('status')).toHaveText('✓ 已提交整改，等待核验。');
  await expect(late).toContainText('已提交待核验');
  await expect(late).toContainText('已重新做防腐处理，照片见整改报告第3页。');

  // Sent back: only with the reason.
  await late.getByRole('button', { name: '退回' }).click();
  await expect(late.getByLabel('核验意见')).toHaveAccessibleDescription(/核验意见：退回整改须说明原因/);
  await late.getByLabel('核验意见').fill('照片不清晰，请补拍近景。');
  await late.getByRole('button', { name: '退回' }).click();
  await expect(late.getByRole('status')).toHaveText('✓ 已退回整改。');
  await expect(late).toContainText('待整改');
  await expect(late).toContainText('照片不清晰，请补拍近景。');

  // A colleague submits while the form is open: the save is refused as stale and the item reloaded.
  await late.getByRole('button', { name: '提交整改' }).click();
  await late.getByLabel('整改情况说明').fill('补拍了近景照片，见附件。');
  const listed = await ok<{ items: { verdict: { rectificationItems: { id: number; version: number; description: string }[] } }[] }>(
    await clerk.page.request.get(`/api/v1/projects/${project.slug}/inspections`),
  );
  const row = listed.items[0]?.verdict.rectificationItems.find((r) => r.description === '东立面窗框防腐处理不到位');
  await ok(
    await clerk.page.request.post(`/api/v1/rectification-items/${row?.id}/submit`, {
      data: { version: row?.version, note: '同事先提交了补拍的照片。' },
    }),
  );
  await late.getByRole('button', { name: '提交', exact: true }).click();
  await expect(late.getByRole('status')).toContainText('这项整改刚被他人处理过');
  await expect(late).toContainText('同事先提交了补拍的照片。');
  await expect(late).toContainText('已提交待核验');

  await late.getByRole('button', { name: '核验通过' }).click();
  await expect(late.getByRole('status')).toHaveText('✓ 已核验通过，此项关闭。');
  await expect(late).toContainText('已核验关闭');
  await expect(late).not.toContainText('已逾期');
  await expect(items).toContainText('1 项未关闭，共 2 项');
});

test('the dashboard lists an overdue item under its own heading and leads to it in the editor', async ({ baseURL }) => {
  await decidedMidterm(baseURL as string, clerk.page.request, project, experts(2));
  const { page } = clerk;
  await page.goto('/manage');
  const overdue = page.getByRole('region', { name: '逾期整改' });
  const entry = overdue.getByRole('listitem').filter({ hasText: project.title });
  await expect(entry).toContainText('已逾期');
  await expect(entry).toContainText('期限 2021年8月1日');
  // The item due in 2031 is open, not late.
  await expect(
    page.getByRole('region', { name: '未关闭的整改事项' }).getByRole('listitem').filter({ hasText: project.title }),
  ).toContainText('补齐隐蔽工程影像资料');
  await entry.getByRole('link', { name: '东立面窗框防腐处理不到位' }).click();
  await expect(page).toHaveURL(new RegExp(`${project.editor}#rectification-\\d+$`));
  await expect(page.getByRole('listitem', { name: '东立面窗框防腐处理不到位' })).toBeInViewport();
});
