import { type APIRequestContext, expect, test } from '@playwright/test';
import { apiAs, createUser, signInPage } from './accounts';
import { expectNoHorizontalScroll } from './fixtures';
import { createOwnProject, type OwnProject } from './manage-support';

/**
 * The expert panel's workspace as two experts use it: the list of their inspections, a member's
 * grades, the chair's verdict (started from the members' proposal, refused without rectification
 * for 基本合格), the signatures, and the locked record. Each project (desktop, phone) runs on a
 * project and panel of its own, scheduled by staff through the API; each test signs its expert
 * into its own fresh browser context.
 */
test.describe.configure({ mode: 'serial' });

let staff: APIRequestContext;
let own: OwnProject;
let chair: { email: string; name: string };
let member: { email: string; name: string };
let inspectionId: number;

test.beforeAll(async ({ baseURL }) => {
  staff = await apiAs(baseURL as string, 'staff');
  own = await createOwnProject(staff, '评审界面测试工程');
  chair = createUser('expert', '评审组长');
  member = createUser('expert', '评审专家');
  const scheduled = await staff.post(`/api/v1/projects/${own.slug}/inspections`, {
    data: {
      kind: 'midterm_inspection',
      date: '2021-06-15',
      organiser: 'zhengzhou-cultural-heritage-bureau',
      panel: [
        { email: chair.email, chair: true },
        { email: member.email, chair: false },
      ],
    },
  });
  expect(scheduled.status(), await scheduled.text()).toBe(201);
  inspectionId = ((await scheduled.json()) as { id: number }).id;
});

test.afterAll(async () => {
  await staff?.dispose();
});

test('an expert finds the inspection under what they must do and opens its form', async ({ page }) => {
  await signInPage(page, member.email);
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1, name: '我的评审' })).toBeVisible();
  const group = page.getByRole('region', { name: /待我评定/ });
  const link = group.getByRole('link', { name: `中期检查 · ${own.title}` });
  await expect(link).toBeVisible();
  await expectNoHorizontalScroll(page);
  await link.click();
  await expect(page).toHaveURL(`/review/inspections/${inspectionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(own.title);
  await expect(page.getByRole('heading', { name: '我的评定' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '工程档案' })).toBeVisible();
  await expect(page.getByText('尚未上传档案文件。')).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('a member saves their grades and sees them in the panel table', async ({ page }) => {
  await signInPage(page, member.email);
  await page.goto(`/review/inspections/${inspectionId}`);
  const quality = page.getByRole('group', { name: '工程质量', exact: true });
  // A remark without a grade would be lost: the form says so instead of saving.
  await quality.getByLabel('意见（选填）').fill('外墙勾缝局部需返工。');
  await page.getByRole('button', { name: '保存我的评定' }).click();
  await expect(quality.getByText('填写意见时请选择评定等级')).toBeVisible();
  await quality.getByLabel('评定等级').selectOption({ label: '基本合格' });
  await page.getByRole('group', { name: '档案资料', exact: true }).getByLabel('评定等级').selectOption({ label: '基本齐全' });
  await page.getByRole('button', { name: '保存我的评定' }).click();
  await expect(page.getByText('已保存您的评定。')).toBeVisible();
  const table = page.getByRole('region', { name: '专家组评定情况' });
  await expect(table.getByText('已有 1/2 位专家评定。')).toBeVisible();
  await expect(table.getByRole('row', { name: /工程质量/ })).toContainText('基本合格');
  // The panel sees the remark too.
  await table.getByText(/各专家的书面意见/).click();
  await expect(table.getByText('外墙勾缝局部需返工。')).toBeVisible();
});

test('the chair starts from the proposal, is told 基本合格 needs rectification, records the verdict and signs', async ({ page }) => {
  await signInPage(page, chair.email);
  await page.goto(`/review/inspections/${inspectionId}`);
  await expect(page.getByText('根据专家评定建议：基本合格')).toBeVisible();
  const verdict = page.getByLabel('结论（必填）');
  await expect(verdict).toHaveValue('basically_qualified');
  await page.getByRole('button', { name: '保存专家组结论' }).click();
  await expect(page.getByRole('alert').getByText(/须至少列出一项整改要求/)).toBeVisible();

  await page.getByLabel('总体意见').fill('总体效果较好。');
  await page.getByRole('button', { name: '添加问题' }).click();
  const finding = page.getByRole('listitem', { name: '第1条问题' });
  await finding.getByLabel('所属评定项（必填）').selectOption({ label: '工程质量' });
  await finding.getByLabel('问题描述（必填）').fill('外墙勾缝做法与方案不一致。');
  await page.getByRole('button', { name: '添加整改要求' }).click();
  const item = page.getByRole('listitem', { name: '第1项整改' });
  await item.getByLabel('整改内容（必填）').fill('按批复方案返工外墙勾缝。');
  await item.getByLabel('整改期限（必填）').fill('2021-09-30');
  await page.getByRole('button', { name: '保存专家组结论' }).click();
  await expect(page.getByText('已保存专家组结论，请各位专家签署。')).toBeVisible();

  const signatures = page.getByRole('region', { name: '签署' });
  await expect(signatures.getByRole('heading', { name: '待签署的结论' })).toBeVisible();
  await signatures.getByRole('button', { name: '签署', exact: true }).click();
  await expect(signatures.getByText(/您已于 .* 签署。/)).toBeVisible();
});

test('when every member has signed the record is locked and read-only', async ({ page }) => {
  await signInPage(page, member.email);
  await page.goto(`/review/inspections/${inspectionId}`);
  const signatures = page.getByRole('region', { name: '签署' });
  await expect(signatures.getByText('按批复方案返工外墙勾缝。')).toBeVisible();
  await signatures.getByRole('button', { name: '签署', exact: true }).click();
  await expect(page.getByText(/已签署锁定（.* 锁定）/)).toBeVisible();
  await expect(page.getByRole('link', { name: '查看可打印的验收意见' })).toHaveAttribute(
    'href',
    `/projects/${own.slug}/inspections/${inspectionId}`,
  );
  await expect(page.getByRole('heading', { name: '我的评定' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '签署', exact: true })).toHaveCount(0);
  await page.goto('/review');
  await expect(page.getByRole('region', { name: /已完成/ }).getByRole('link', { name: `中期检查 · ${own.title}` })).toBeVisible();
});
