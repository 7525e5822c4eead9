import { expect, type Page } from '@playwright/test';

export const SITE = '/sites/zhengzhou-no2-grinding-wheel-factory';
export const OFFICE_PROJECT = '/projects/ersha-office-building-restoration';
export const RUBBER_PROJECT = '/projects/ersha-rubber-workshop-and-warehouse-restoration';
export const FOUR_BUILDINGS_PROJECT = '/projects/ersha-four-buildings-initiation';

export const BUILDINGS = [
  '厂部办公大楼',
  '橡胶砂轮制造车间',
  '陶瓷砂轮制造车间',
  '砂轮成品库及发送间',
  '金刚砂仓库及结合剂处理间',
  '耐火物料及结合剂加工车间',
  '备用工具及润滑油仓库',
];

/** Nothing on the page may be wider than the screen: a phone reader never scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
