import { type APIRequestContext, type APIResponse, expect, type Page, test } from '@playwright/test';
import QRCode from 'qrcode';
import { z } from 'zod';
import { apiAs, createUser } from './accounts';
import { parseCsv } from './csv';
import { OFFICE_PROJECT } from './fixtures';

// Open data on the seeded 二砂 case (readers' server): the CSV export, the Atom feed, the
// iCalendar feed, the OpenAPI description, sitemap and robots; and the QR code on record pages.
// One test schedules inspections on the staff server, on records of its own, to read them back.

const OFFICE = 'ersha-office-building-restoration';

/** The browser's own XML parser: any well-formedness error gives a parsererror document. */
async function parseXml(page: Page, xml: string, query: string) {
  return page.evaluate(
    ({ xml, query }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      return {
        error: error ? error.textContent : null,
        root: { name: doc.documentElement.localName, ns: doc.documentElement.namespaceURI },
        found: [...doc.querySelectorAll(query)].map((el) => ({
          text: el.textContent ?? '',
          href: el.getAttribute('href'),
          hreflang: el.getAttribute('hreflang'),
          children: Object.fromEntries([...el.children].map((c) => [c.localName, c.getAttribute('href') ?? c.textContent ?? ''])),
        })),
      };
    },
    { xml, query },
  );
}

/** An iCalendar body unfolded into content lines, after checking it uses CRLF only. */
function icsLines(body: string): string[] {
  expect(body.endsWith('\r\n')).toBe(true);
  expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const physical of body.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
  return body.replaceAll('\r\n ', '').split('\r\n').slice(0, -1);
}

async function problem(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  return response.json();
}

test.describe('files', () => {
  test.skip(({ isMobile }) => isMobile, 'files, not screens: desktop project only');

  test('the CSV export opens in Excel and has the office building’s six milestones', async ({ request }) => {
    const response = await request.get('/api/v1/projects.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="projects.csv"');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'project_slug',
      'project_title_zh',
      'project_title_en',
      'site_slug',
      'site_name_zh',
      'category',
      'status',
      'milestone_kind',
      'milestone_name_zh',
      'sequence',
      'planned',
      'actual',
      'verdict',
      'verdict_zh',
      'organiser_zh',
    ]);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const column = (name: string) => (header as string[]).indexOf(name);
    const office = rows.filter((r) => r[0] === OFFICE);
    expect(office.map((r) => [r[column('milestone_name_zh')], r[column('actual')], r[column('verdict_zh')]])).toEqual([
      ['方案批复', '2019-05-07', ''],
      ['开工', '2020-07', ''],
      ['中期检查', '2020-08-13', '基本合格'],
      ['完工', '2020-09', ''],
      ['初步验收', '2020-12-09', '合格'],
      ['终期验收', '2022-05-18', '合格'],
    ]);
    const final = office[5] as string[];
    expect(final[column('project_title_zh')]).toBe('郑州第二砂轮厂办公楼本体保护修缮工程');
    expect(final[column('site_name_zh')]).toBe('郑州第二砂轮厂旧址');
    expect([final[column('category')], final[column('status')], final[column('verdict')]]).toEqual(['repair', 'accepted', 'qualified']);
    expect(final[column('organiser_zh')]).toMatch(/中原区/);
    // The three published projects, nothing else.
    expect([...new Set(rows.map((r) => r[0]))]).toEqual([
      OFFICE,
      'ersha-rubber-workshop-and-warehouse-restoration',
      'ersha-four-buildings-initiation',
    ]);
  });

  test('the Atom feed is well-formed XML with the milestones reached, newest first', async ({ request, page, baseURL }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const parsed = await parseXml(page, await response.text(), 'entry');
    expect(parsed.error).toBeNull();
    expect(parsed.root).toEqual({ name: 'feed', ns: 'http://www.w3.org/2005/Atom' });

    const entries = parsed.found.map((e) => e.children);
    expect(entries).toHaveLength(6);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:127\.0\.0\.1,2025:(milestone|inspection)-\d+$/);
      expect(e.link?.startsWith(`${baseURL}/projects/${OFFICE}`)).toBe(true);
      expect(e.summary).toMatch(/\S/);
    }
    const updated = entries.map((e) => Date.parse(e.updated as string));
    expect(updated.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...updated].sort((a, b) => b - a)).toEqual(updated);
    expect(entries[0]?.title).toBe('郑州第二砂轮厂办公楼本体保护修缮工程：终期验收合格');
    expect(entries[0]?.link).toMatch(new RegExp(`/projects/${OFFICE}/inspections/\\d+$`));
    expect(entries[0]?.summary).toContain('2022年5月18日');
    expect(entries[3]?.title).toBe('郑州第二砂轮厂办公楼本体保护修缮工程：中期检查基本合格');
    expect(entries[5]?.title).toBe('郑州第二砂轮厂办公楼本体保护修缮工程：方案批复');
    expect(new Set(entries.map((e) => e.id)).size).toBe(6);
  });

  test('the calendar is an iCalendar with no meeting scheduled on the seeded case; bad projects are problems', async ({ request }) => {
    for (const path of ['/calendar.ics', `/calendar.ics?project=${OFFICE}`]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const lines = icsLines(await response.text());
      expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
      expect(lines).not.toContain('BEGIN:VEVENT');
    }
    const unknown = await problem(await request.get('/calendar.ics?project=nope'), 404);
    expect(unknown.detail).toContain('nope');
    const empty = await problem(await request.get('/calendar.ics?project='), 400);
    expect(empty.errors.project[0]).toMatch(/^project：/);
  });

  test('the OpenAPI document lists every public path and each answers 200 as it describes', async ({ request }) => {
    const response = await request.get('/api/v1/openapi.json');
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/sites',
        '/api/v1/sites/{slug}',
        '/api/v1/projects/{slug}',
        '/api/v1/search',
        '/api/v1/projects.csv',
        '/feed.xml',
        '/calendar.ics',
      ]),
    );
    const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
    for (const path of paths) {
      const operation = doc.paths[path].get;
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const parameter = operation.parameters.find((p: { name: string; in: string }) => p.in === 'path' && p.name === name);
        return encodeURIComponent(parameter.example);
      });
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(200);
      const described = operation.responses['200'].content;
      const mediaType = Object.keys(described)[0] as string;
      expect(answer.headers()['content-type'], url).toContain(mediaType);
      const schema = described[mediaType].schema;
      if (mediaType === 'application/json' && schema.$ref) {
        const validator = z.fromJSONSchema({ $defs: defs, $ref: schema.$ref.replace('#/components/schemas/', '#/$defs/') });
        const result = validator.safeParse(await answer.json());
        expect(result.error?.issues ?? [], url).toEqual([]);
      }
    }
  });

  test('the sitemap lists every public page in both languages; robots.txt keeps crawlers out of the workspace', async ({
    request,
    page,
    baseURL,
  }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const parsed = await parseXml(page, await response.text(), 'url');
    expect(parsed.error).toBeNull();
    const locs = parsed.found.map((u) => u.children.loc as string);
    const paths = locs.map((loc) => {
      expect(loc.startsWith(`${baseURL}/`)).toBe(true);
      return loc.slice((baseURL as string).length);
    });
    for (const path of [
      '/',
      '/timeline',
      '/about',
      '/sites/zhengzhou-no2-grinding-wheel-factory',
      '/sites/zhengzhou-no2-grinding-wheel-factory/buildings/office-building',
      `/projects/${OFFICE}`,
      '/projects/ersha-four-buildings-initiation',
    ]) {
      expect(paths).toContain(path);
      expect(paths).toContain(path === '/' ? '/en' : `/en${path}`);
    }
    // Seven buildings, three projects, three decided opinions; each page twice.
    expect(paths.filter((p) => p.includes('/buildings/'))).toHaveLength(14);
    expect(paths.filter((p) => /^(\/en)?\/projects\/[^/]+$/.test(p))).toHaveLength(6);
    expect(paths.filter((p) => /\/inspections\/\d+$/.test(p))).toHaveLength(6);
    expect(new Set(paths).size).toBe(paths.length);

    const alternates = await parseXml(page, await response.text(), 'url > link');
    expect(alternates.found.filter((l) => l.href === `${baseURL}/en/projects/${OFFICE}`).map((l) => l.hreflang)).toEqual(['en', 'en']);
    const zhAlternates = alternates.found.filter((l) => l.href === `${baseURL}/projects/${OFFICE}`).map((l) => l.hreflang);
    expect(zhAlternates.sort()).toEqual(['x-default', 'x-default', 'zh-CN', 'zh-CN']);

    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    for (const path of ['/manage', '/review', '/login']) expect(text).toContain(`Disallow: ${path}`);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test('a scheduled inspection of a published project is on the calendar and an unpublished one nowhere', async ({ baseURL }) => {
    // The staff server, on records of this test's own: it changes data, the readers' server never does.
    const staffURL = (baseURL as string).replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`);
    const staff: APIRequestContext = await apiAs(staffURL, 'staff');
    const anonymous = await apiAs(staffURL, 'anonymous');
    const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const site = `open-data-${tag}`;
    const experts = [createUser('expert', '钱专家'), createUser('expert', '孙专家')];
    const created = async (path: string, data: object) => {
      const answer = await staff.post(path, { data });
      expect(answer.status(), await answer.text()).toBe(201);
      return answer.json();
    };
    await created('/api/v1/sites', { slug: site, name: { zh: '开放数据测试单位' }, category: 'modern_historic' });
    await created(`/api/v1/sites/${site}/buildings`, { slug: 'hall', name: { zh: '测试厅' } });
    const projects = { published: `${site}-published`, hidden: `${site}-hidden` };
    const title = '仓库（一期, 二期; 东区）屋面与墙体保护修缮工程，含排水、防潮与结构加固的全部内容';
    for (const [key, slug] of Object.entries(projects)) {
      await created('/api/v1/projects', {
        site,
        slug,
        title: { zh: key === 'published' ? title : '未发布的工程' },
        category: 'repair',
        buildings: ['hall'],
        published: key === 'published',
      });
      await created(`/api/v1/projects/${slug}/milestones`, { kind: 'construction_start', actual: '2030-03' });
      await created(`/api/v1/projects/${slug}/inspections`, {
        kind: 'midterm_inspection',
        date: '2031-03-15',
        organiser: 'henan-cultural-heritage-bureau',
        panel: experts.map((e, i) => ({ email: e.email, chair: i === 0 })),
      });
    }

    const calendar = await anonymous.get(`/calendar.ics?project=${projects.published}`);
    expect(calendar.status()).toBe(200);
    const lines = icsLines(await calendar.text());
    const begin = lines.indexOf('BEGIN:VEVENT');
    const event = lines.slice(begin, lines.indexOf('END:VEVENT') + 1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(event).toContain('DTSTART;VALUE=DATE:20310315');
    expect(event).toContain('DTEND;VALUE=DATE:20310316');
    // Addresses use the configured public address (PUBLIC_BASE_URL: the reader server here), never the Host asked.
    expect(event).toContain(`URL:${baseURL}/projects/${projects.published}`);
    expect(event).toContain(`SUMMARY:中期检查：${title.replaceAll(',', '\\,').replaceAll(';', '\\;')}`);
    expect(event.find((l) => l.startsWith('DESCRIPTION:'))).toContain('\\n组织单位：河南省文物局');
    const uid = event.find((l) => l.startsWith('UID:')) as string;
    expect(uid).toMatch(/^UID:inspection-\d+@127\.0\.0\.1:\d+$/);
    expect(event.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);

    // The same event, with the same UID, on the whole calendar; the unpublished project's is not there.
    const all = icsLines(await (await anonymous.get('/calendar.ics')).text());
    expect(all).toContain(uid);
    expect(all.join('\n')).not.toContain('未发布的工程');
    await problem(await anonymous.get(`/calendar.ics?project=${projects.hidden}`), 404);

    const sitemap = await (await anonymous.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${baseURL}/projects/${projects.published}</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/en/projects/${projects.published}</loc>`);
    expect(sitemap).not.toContain(projects.hidden);
    await Promise.all([staff.dispose(), anonymous.dispose()]);
  });
});

test('the project page ends with a QR code of its own address, in the reader’s language, 3 cm on paper', async ({ page, baseURL }) => {
  for (const [path, caption, image] of [
    [OFFICE_PROJECT, '扫码查看本页', '本页地址的二维码'],
    [`/en${OFFICE_PROJECT}`, 'Scan to open this page', "QR code of this page's address"],
  ] as const) {
    await page.goto(path);
    const share = page.getByRole('complementary', { name: caption });
    const code = share.getByRole('img', { name: image });
    await expect(share.getByRole('img')).toHaveCount(1);
    await expect(code).toBeVisible();
    const url = `${baseURL}${path}`;
    await expect(share).toContainText(url);
    // The drawing is the QR code of exactly that address: the same modules as qrcode draws for it.
    const expected = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    expect(await code.locator('path[stroke]').getAttribute('d')).toBe(/<path stroke="[^"]+" d="([^"]+)"/.exec(expected)?.[1]);
  }

  await page.emulateMedia({ media: 'print' });
  const box = await page.getByRole('complementary', { name: 'Scan to open this page' }).getByRole('img', { name: 'QR code' }).boundingBox();
  // 30 mm at 96 px per inch.
  expect(box?.width).toBeCloseTo((30 / 25.4) * 96, 0);
});

test('a building page has a QR code of its own address', async ({ page, baseURL }) => {
  const path = '/sites/zhengzhou-no2-grinding-wheel-factory/buildings/office-building';
  await page.goto(path);
  const share = page.getByRole('complementary', { name: '扫码查看本页' });
  await expect(share.getByRole('img', { name: '本页地址的二维码' })).toBeVisible();
  await expect(share).toContainText(`${baseURL}${path}`);
});
