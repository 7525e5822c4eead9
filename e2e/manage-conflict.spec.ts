import { expect, test } from '@playwright/test';
import { createOwnProject, isPhone, milestone, type OwnProject, type StaffPage, staffPage } from './manage-support';

/**
 * Two staff members save the same milestone; the second sees what the first changed and reapplies
 * or gives way. Then a new milestone, and publishing. All on a project of this spec's own.
 */
test.describe.configure({ mode: 'default' });

let zhang: StaffPage;
let own: OwnProject;

test.beforeAll(async ({ browser }, testInfo) => {
  test.skip(isPhone(testInfo), 'the workspace flows do not depend on the screen');
  zhang = await staffPage(browser, '张三');
  own = await createOwnProject(zhang.page.request, '冲突测试工程');
});

test.afterAll(async () => {
  await zhang?.context.close();
});

test('two people save the same milestone: the second reapplies theirs on top, or takes the other version', async ({ browser }) => {
  const a = zhang;
  const b = await staffPage(browser, '李四');
  try {
    await a.page.goto(own.editor);
    await b.page.goto(own.editor);
    const mineForm = milestone(a.page, '完工');
    const theirsForm = milestone(b.page, '完工');
    await expect(mineForm.getByText('第 1 版', { exact: true })).toBeVisible();
    await expect(theirsForm.getByText('第 1 版', { exact: true })).toBeVisible();

    // Both start from version 1; 李四 saves first.
    await mineForm.getByLabel('实际日期').fill('2021-12');
    await mineForm.getByLabel('备注').fill('张三核对竣工报告');
    await theirsForm.getByLabel('实际日期').fill('2021-11');
    await theirsForm.getByRole('button', { name: '保存' }).click();
    await expect(theirsForm.getByRole('status')).toContainText('已保存（第 2 版）');

    await mineForm.getByRole('button', { name: '保存' }).click();
    const dialog = a.page.getByRole('dialog', { name: '完工已被他人修改' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('第 2 版');
    await expect(dialog).toContainText('李四');
    const actualRow = dialog.getByRole('row', { name: /^实际日期/ });
    await expect(actualRow.getByRole('cell').nth(0)).toHaveText('（空）');
    await expect(actualRow.getByRole('cell').nth(1)).toContainText('2021年11月');
    await expect(actualRow.getByRole('cell').nth(2)).toContainText('2021年12月');
    await expect(dialog.getByRole('row', { name: /^备注/ }).getByRole('cell').nth(2)).toContainText('张三核对竣工报告');
    await expect(dialog.getByRole('button', { name: '重新应用我的修改' })).toBeFocused();
    // Behind the dialog the row already shows what the other person saved.
    await expect(mineForm.getByLabel('实际日期')).toHaveValue('2021-11');

    await a.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(mineForm.getByRole('status')).toContainText('已保存（第 3 版）');
    await expect(mineForm.getByRole('button', { name: '保存' })).toBeFocused();
    await expect(mineForm.getByLabel('实际日期')).toHaveValue('2021-12');
    await b.page.reload();
    await expect(theirsForm.getByLabel('实际日期')).toHaveValue('2021-12');
    await expect(theirsForm.getByLabel('备注')).toHaveValue('张三核对竣工报告');
    await expect(theirsForm.getByText('第 3 版', { exact: true })).toBeVisible();

    const history = a.page.getByRole('region', { name: '修改记录' }).getByRole('listitem');
    await expect(history.nth(0)).toContainText(`${a.name} 将 完工 的实际日期由 2021年11月 改为 2021年12月`);
    await expect(history.nth(0)).toContainText(`${a.name} 将 完工 的备注设为 “张三核对竣工报告”`);
    await expect(history.nth(1)).toContainText(`${b.name} 将 完工 的实际日期设为 2021年11月`);

    // Again from version 3; this time 张三 gives way.
    await mineForm.getByLabel('实际日期').fill('2022-01');
    await theirsForm.getByLabel('实际日期').fill('2022-02');
    await theirsForm.getByRole('button', { name: '保存' }).click();
    await expect(theirsForm.getByRole('status')).toContainText('已保存（第 4 版）');
    await mineForm.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '放弃我的修改' }).click();
    await expect(dialog).toBeHidden();
    await expect(mineForm.getByLabel('实际日期')).toHaveValue('2022-02');
    await expect(mineForm.getByRole('status')).toContainText('已采用对方的版本（第 4 版）');
    await a.page.reload();
    await expect(mineForm.getByLabel('实际日期')).toHaveValue('2022-02');
    await expect(mineForm.getByText('第 4 版', { exact: true })).toBeVisible();
  } finally {
    await b.context.close();
  }
});

test('a new milestone is added from the form and the project is published and withdrawn', async ({ request }) => {
  const { page } = zhang;
  await page.goto(own.editor);
  const add = page.getByRole('form', { name: '新增节点' });
  await add.getByLabel('节点类型').selectOption({ label: '中期检查' });
  await add.getByLabel('计划日期').fill('2021-07');
  await add.getByRole('button', { name: '新增节点' }).click();
  await expect(add.getByRole('status')).toContainText('已新增：中期检查');
  await expect(milestone(page, '中期检查').getByLabel('计划日期')).toHaveValue('2021-07');
  // A kind a project has only once cannot be chosen twice.
  await expect(add.getByRole('option', { name: '开工（已有，只能有一个）' })).toBeDisabled();

  const visibility = page.getByRole('region', { name: '公开状态' });
  await expect(visibility).toContainText('未公开');
  expect((await request.get(`/projects/${own.slug}`)).status()).toBe(404);
  await visibility.getByRole('button', { name: '公开此工程' }).click();
  await expect(visibility.getByRole('status')).toContainText('已公开此工程');
  expect((await request.get(`/projects/${own.slug}`)).status()).toBe(200);
  await visibility.getByRole('button', { name: '撤回公开' }).click();
  await expect(visibility.getByRole('status')).toContainText('已撤回公开');
  expect((await request.get(`/projects/${own.slug}`)).status()).toBe(404);
  await expect(page.getByRole('region', { name: '修改记录' }).getByRole('listitem').first()).toContainText('撤回了此工程的公开');
});
