import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInPage } from './accounts';
import { parseCsv } from './csv';
import { type HostileRecords, RAW_MARKUP, TEXT, writeHostileRecords } from './security-hostile-records';
import { watchCsp } from './security-support';

/**
 * Stored text stays text: staff and the panel store markup and script in every free-text field
 * (security-hostile-records.ts), then every page that shows it, public in both languages, the
 * printable opinion, search, the timeline, the workspace and the review screens, is opened in a
 * browser: no script of theirs runs (window.__pwned stays unset, no dialog, no CSP violation, no
 * page error), no element or handler of theirs is in the DOM or in the raw HTML, and the words are
 * shown as written. The feeds carry it escaped: well-formed XML, iCalendar lines that add no
 * property, CSV cells no spreadsheet runs as a formula.
 */

let records: HostileRecords;

test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  records = await writeHostileRecords(baseURL as string);
});

test.afterAll(async () => {
  await Promise.all([records?.staff.dispose(), records?.chairApi.dispose()]);
});

/** What a page must not show: anything a payload did to it. Run in the page. */
function domIntrusions(): string[] {
  const found: string[] = [];
  if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned was set: a payload ran');
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) && attr.value.includes('__pwned')) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      if (/^(?:href|src|action|formaction|xlink:href|data)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) {
        found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
  }
  if (document.querySelector('img[src="x"], svg[onload]')) found.push('an <img src=x> or <svg onload> from a payload is in the DOM');
  // The RSC payload carries the text inside Next's own scripts, as a JSON string: that is fine.
  for (const script of document.scripts) {
    if (script.text.includes('__pwned') && !/^\s*\(?self\.__next_f/.test(script.text)) found.push(`script: ${script.text.slice(0, 80)}`);
  }
  return found;
}

interface Visit {
  page: Page;
  html: string;
}

/** A browser context recording what a payload could do: dialogs, page errors, CSP violations. */
async function open(browser: Browser, email?: string) {
  const context = await browser.newContext();
  const csp = await watchCsp(context);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (email) await signInPage(page, email);
  /**
   * Violations a payload could cause: an inline script or handler, a resource. A refused eval
   * comes from a library's own feature probe, never from stored text; security-headers.spec.ts
   * fails on it, and here it would hide what this spec looks for.
   */
  const payloadViolations = async (page: Page) =>
    (await csp.violations(page)).filter((v) => !/^script-src blocked eval at |Refused to evaluate a string as JavaScript/.test(v));

  async function visit(path: string): Promise<Visit> {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = (await response?.text()) ?? '';
    await page.waitForLoadState('networkidle');
    // Hovering everything with a title or an alt is where an onmouseover would fire.
    for (const target of (await page.locator('main [title], main img').all()).slice(0, 40)) {
      await target.hover({ timeout: 2_000 }).catch(() => {}); // one hidden or covered is no finding
    }
    expect(await page.evaluate(domIntrusions), `${path}: the DOM`).toEqual([]);
    expect(RAW_MARKUP.filter((mark) => mark.test(html)).map(String), `${path}: the raw HTML carries a payload as markup`).toEqual([]);
    expect(dialogs, `${path}: dialogs`).toEqual([]);
    expect(errors, `${path}: page errors`).toEqual([]);
    expect(await payloadViolations(page), `${path}: CSP violations (a payload tried to run)`).toEqual([]);
    return { page, html };
  }
  return { context, visit };
}

/** Each text is on the page as words a reader sees (whitespace as HTML renders it: a line break is a space). */
async function expectShown(page: Page, texts: string[]) {
  for (const text of texts) {
    // The first shown: a select's option holds the same words, hidden until opened.
    await expect(page.getByText(text.replace(/\s+/g, ' ')).filter({ visible: true }).first(), text).toBeVisible();
  }
}

const SITE_ZH = TEXT.siteZh.replace(/\s+/g, ' ');

test('public pages in Chinese show the stored text as text and run none of it', async ({ browser }) => {
  const { context, visit } = await open(browser);
  try {
    const site = `/sites/${records.site}`;
    let { page } = await visit(site);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SITE_ZH);
    await expectShown(page, [
      TEXT.siteAlias,
      TEXT.siteAliasUrl,
      TEXT.addressZh,
      TEXT.designationNumber,
      TEXT.buildingZh,
      TEXT.projectZh,
      TEXT.approvalSubjectZh,
    ]);
    // The description is one paragraph; its own line separators (U+2028/9) break it into lines.
    await expect(page.getByText(TEXT.siteDescriptionZh.slice(0, 60)).first()).toBeVisible();
    expect(await page.title()).toContain(SITE_ZH.slice(0, 20));

    ({ page } = await visit(`${site}/buildings/${records.building}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT.buildingZh);
    await expectShown(page, [
      TEXT.buildingAlias,
      TEXT.originalUseZh,
      TEXT.buildingDescriptionZh,
      TEXT.projectZh,
      TEXT.approvalSubjectZh,
      TEXT.approvalNumber,
    ]);

    ({ page } = await visit(`/projects/${records.project}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT.projectZh);
    await expectShown(page, [
      SITE_ZH,
      TEXT.projectDescriptionZh,
      TEXT.orgZh,
      TEXT.buildingZh,
      TEXT.approvalSubjectZh,
      TEXT.approvalNumber,
      TEXT.startNote,
      TEXT.completeNote,
      TEXT.conclusion,
      TEXT.dissent,
      TEXT.finding,
      TEXT.item,
      TEXT.chairName,
      TEXT.memberName,
      TEXT.pdfZh,
    ]);
    await expect(page.getByRole('img', { name: TEXT.photoZh })).toBeVisible();
    expect(await page.title()).toContain(TEXT.projectZh.slice(0, 20));

    ({ page } = await visit(`/projects/${records.project}/inspections/${records.midterm}`));
    await expectShown(page, [
      TEXT.projectZh,
      TEXT.conclusion,
      TEXT.dissent,
      TEXT.finding,
      TEXT.item,
      TEXT.chairName,
      TEXT.memberName,
      TEXT.orgZh,
    ]);
  } finally {
    await context.close();
  }
});

test('public pages in English show the stored text as text and run none of it', async ({ browser }) => {
  const { context, visit } = await open(browser);
  try {
    const site = `/en/sites/${records.site}`;
    let { page } = await visit(site);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT.siteEn);
    await expectShown(page, [
      TEXT.siteAlias,
      TEXT.addressEn,
      TEXT.siteDescriptionEn,
      TEXT.designationNumber,
      TEXT.buildingEn,
      TEXT.projectEn,
      TEXT.approvalSubjectEn,
    ]);

    ({ page } = await visit(`${site}/buildings/${records.building}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT.buildingEn);
    await expectShown(page, [
      TEXT.buildingAlias,
      TEXT.originalUseEn,
      TEXT.buildingDescriptionEn,
      TEXT.projectEn,
      TEXT.approvalSubjectEn,
      TEXT.approvalNumber,
    ]);

    ({ page } = await visit(`/en/projects/${records.project}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT.projectEn);
    await expectShown(page, [
      TEXT.siteEn,
      TEXT.projectDescriptionEn,
      TEXT.orgEn,
      TEXT.approvalSubjectEn,
      TEXT.startNote,
      TEXT.conclusion,
      TEXT.dissent,
      TEXT.finding,
      TEXT.item,
      TEXT.chairName,
      TEXT.pdfEn,
    ]);
    await expect(page.getByRole('img', { name: TEXT.photoEn })).toBeVisible();

    ({ page } = await visit(`/en/projects/${records.project}/inspections/${records.midterm}`));
    await expectShown(page, [TEXT.projectEn, TEXT.orgEn, TEXT.conclusion, TEXT.finding, TEXT.item, TEXT.memberName]);
  } finally {
    await context.close();
  }
});

test('home, timeline and search show it as text too, in both languages', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, visit } = await open(browser);
  try {
    for (const [prefix, title, site] of [
      ['', TEXT.projectZh, SITE_ZH],
      ['/en', TEXT.projectEn, TEXT.siteEn],
    ] as const) {
      let { page } = await visit(prefix || '/');
      await expectShown(page, [title, site, TEXT.district]);
      ({ page } = await visit(`${prefix}/timeline`));
      await expectShown(page, [title, site]);
      ({ page } = await visit(`${prefix}/search?q=${encodeURIComponent('⟦project.zh⟧')}`));
      // Found by its Chinese title, shown by the page's language.
      await expect(page.getByRole('link', { name: title.slice(0, 30) }).first()).toBeVisible();
      ({ page } = await visit(`${prefix}/search?q=${encodeURIComponent('⟦finding⟧')}`));
      await expect(page.getByText('⟦finding⟧').first()).toBeVisible();
      // The reader's own query is stored nowhere but is echoed: it is text too.
      await visit(`${prefix}/search?q=${encodeURIComponent(TEXT.conclusion)}`);
    }
  } finally {
    await context.close();
  }
});

test('the workspace shows it as text and runs none of it', async ({ browser }) => {
  const { context, visit } = await open(browser);
  try {
    await context.addCookies((await records.staff.storageState()).cookies);
    let { page } = await visit('/manage');
    // The dashboard's lists come from the API through react-query: rendered in the browser.
    await expectShown(page, [TEXT.projectZh, TEXT.item]);
    ({ page } = await visit(`/manage/projects/${records.project}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT.projectZh);
    await expectShown(page, [
      SITE_ZH,
      TEXT.orgZh,
      TEXT.approvalSubjectZh,
      TEXT.approvalNumber,
      TEXT.conclusion,
      TEXT.dissent,
      TEXT.item,
      TEXT.itemNote,
      TEXT.waiver,
      TEXT.amendment,
      TEXT.chairName,
      TEXT.pdfZh,
    ]);
    // Form fields hold the text as their value.
    await expect(page.getByRole('textbox', { name: /备注/ }).first()).toHaveValue(/⟦note\.(start|complete)⟧/);
    ({ page } = await visit(`/manage/sites/${records.site}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SITE_ZH);
    // The organisations are choices of a select: an option's words, as written.
    await expect(page.getByRole('option', { name: TEXT.orgZh }).first()).toBeAttached();
    await expectShown(page, [TEXT.designationNumber, TEXT.buildingZh]);
    ({ page } = await visit('/manage/sites'));
    await expectShown(page, [SITE_ZH]);
    ({ page } = await visit('/manage/organisations'));
    await expectShown(page, [TEXT.orgZh, TEXT.orgEn]);
  } finally {
    await context.close();
  }
});

test('the review screens show it as text and run none of it', async ({ browser }) => {
  const { context, visit } = await open(browser, records.chair.email);
  try {
    let { page } = await visit('/review');
    await expectShown(page, [TEXT.chairName, TEXT.projectZh]);
    ({ page } = await visit(`/review/inspections/${records.midterm}`));
    await expectShown(page, [
      TEXT.projectZh,
      SITE_ZH,
      TEXT.orgZh,
      TEXT.memberName,
      TEXT.conclusion,
      TEXT.dissent,
      TEXT.finding,
      TEXT.item,
      TEXT.pdfZh,
    ]);
    ({ page } = await visit(`/review/inspections/${records.amendment}`));
    await expectShown(page, [TEXT.amendment]);
    ({ page } = await visit(`/review/inspections/${records.finalAcceptance}`));
    await expectShown(page, [TEXT.waiver]);
  } finally {
    await context.close();
  }
});

test('the Atom feed is well-formed XML that carries the text as text', async ({ request, page }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  for (const mark of RAW_MARKUP) expect(xml, String(mark)).not.toMatch(mark);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    return {
      error,
      titles: [...doc.querySelectorAll('entry > title')].map((t) => t.textContent ?? ''),
      summaries: [...doc.querySelectorAll('entry > summary')].map((t) => t.textContent ?? ''),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(
    parsed.titles.some((t) => t.includes(TEXT.projectZh)),
    'an entry titled with the stored project title, as written',
  ).toBe(true);
  // XML reads a CR LF as LF (XML 1.0 §2.11).
  const siteName = TEXT.siteZh.replace(/\r\n/g, '\n');
  expect(
    parsed.summaries.some((s) => s.includes(siteName)),
    'an entry summary with the stored site name, line break and all',
  ).toBe(true);
});

/** iCalendar content lines, unfolded (RFC 5545 3.1). */
const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
/** A TEXT value as written before escaping (RFC 5545 3.3.11). */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

test('the calendar escapes the text: no line of it becomes a property, and it reads back as written', async ({ request }) => {
  for (const path of ['/calendar.ics', `/calendar.ics?project=${records.project}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const ics = await response.text();
    expect(ics.replace(/\r\n/g, ''), `${path}: a bare LF or CR`).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    for (const line of lines) expect(line, path).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
    expect(
      lines.filter((l) => l.startsWith('ATTACH')),
      `${path}: an injected property`,
    ).toEqual([]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(lines.filter((l) => l === 'END:VEVENT').length);
    const ours = lines.filter((l) => l.startsWith('LOCATION:')).map((l) => unescapeText(l.slice('LOCATION:'.length)));
    expect(ours, `${path}: the site's name, line break and all`).toContain(TEXT.siteZh.replace(/\r\n/g, '\n'));
    const summaries = lines.filter((l) => l.startsWith('SUMMARY:')).map((l) => unescapeText(l.slice('SUMMARY:'.length)));
    expect(
      summaries.some((s) => s.includes(TEXT.projectZh)),
      `${path}: the project's title in a summary`,
    ).toBe(true);
  }
});

test('projects.csv neutralises cells a spreadsheet would run as formulas', async ({ request }) => {
  const response = await request.get('/api/v1/projects.csv');
  expect(response.status()).toBe(200);
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  const width = rows[0]?.length;
  for (const row of rows) expect(row.length, row.join(',')).toBe(width);
  const ours = rows.filter((row) => row[0] === records.project);
  expect(ours.length).toBeGreaterThan(0);
  // A formula starts with = + - @ (or a tab or CR before one); a plain number is safe.
  const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(?:\.\d+)?$/.test(cell));
  expect(formulas).toEqual([]);
  const cells = ours.flat();
  for (const text of [TEXT.projectZh, TEXT.projectEn, TEXT.siteZh, TEXT.orgZh]) {
    expect(cells, 'kept as written behind a leading apostrophe').toContain(`'${text}`);
  }
});
