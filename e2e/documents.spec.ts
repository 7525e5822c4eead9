import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { apiAs, apiFor, createUser, e2eDatabase, signInPage } from './accounts';

// Documents and photos end to end, on the staff server: uploads through the API and the project
// editor, the public page's gallery and before/after pair, who may read which file, the refusals
// (415 by content, 413 by size) that leave nothing behind, deletion of shared bytes, and the audit trail.

const PROJECT = 'documents-e2e';
const SITE = 'documents-e2e-site';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let staff: APIRequestContext;
let anonymous: APIRequestContext;
let db: Database.Database;
let staffUser: { email: string; name: string };

/** A real photo, made here: a landscape picture of one colour, in the format asked. */
const photo = (format: 'png' | 'jpeg', background: string, width = 1200, height = 800) =>
  sharp({ create: { width, height, channels: 3, background } })
    .toFormat(format)
    .toBuffer();

const upload = (api: APIRequestContext, fields: Record<string, string>, file: { name: string; mimeType: string; buffer: Buffer }) =>
  api.post('/api/v1/documents', { multipart: { ...fields, file } });

const filesDir = () => path.join(path.dirname(e2eDatabase()), 'files');
/** Every file kept on disk, variants and manifests included (temp files are not kept). */
const storedFiles = (): string[] =>
  fs.existsSync(filesDir())
    ? fs
        .readdirSync(filesDir(), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !e.parentPath.endsWith('.tmp'))
        .map((e) => path.join(e.parentPath, e.name))
        .sort()
    : [];
const count = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  staffUser = createUser('staff', '档案管理员');
  staff = await apiFor(baseURL as string, staffUser.email);
  anonymous = await apiAs(baseURL as string, 'anonymous');
  db = new Database(e2eDatabase(), { readonly: true });
  const ok = async (response: Awaited<ReturnType<APIRequestContext['post']>>) => expect(response.status(), await response.text()).toBe(201);
  await ok(await staff.post('/api/v1/sites', { data: { slug: SITE, name: { zh: '档案测试单位' }, category: 'modern_historic' } }));
  await ok(await staff.post(`/api/v1/sites/${SITE}/buildings`, { data: { slug: 'archive-hall', name: { zh: '档案测试楼' } } }));
  await ok(
    await staff.post('/api/v1/projects', {
      data: { site: SITE, slug: PROJECT, title: { zh: '档案测试工程' }, category: 'repair', buildings: ['archive-hall'], published: true },
    }),
  );
  await ok(await staff.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind: 'construction_start', actual: '2024-03' } }));
});

test.afterAll(async () => {
  db?.close();
  await Promise.all([staff, anonymous].map((c) => c?.dispose()));
});

let photoId: number;
let pdfId: number;

test('staff upload a photo and a PDF; the public page shows the thumbnail, and it loads as WebP', async ({ page }) => {
  const created = await upload(
    staff,
    { title: '档案测试楼南立面', kind: 'photo', public: 'true', project: PROJECT },
    { name: 'south.png', mimeType: 'image/png', buffer: await photo('png', '#b5651d') },
  );
  expect(created.status(), await created.text()).toBe(201);
  const doc = await created.json();
  photoId = doc.id;
  expect(doc).toMatchObject({ kind: 'photo', mimeType: 'image/png', public: true, image: { width: 1200, height: 800 } });
  expect(doc.image.thumb).toEqual({ url: `/files/${photoId}/thumb`, width: 320, height: 213 });

  const report = await upload(
    staff,
    { title: '竣工报告', titleEn: 'Completion report', kind: 'completion_report', public: 'true', project: PROJECT },
    { name: 'report.pdf', mimeType: 'application/pdf', buffer: PDF },
  );
  expect(report.status(), await report.text()).toBe(201);
  pdfId = (await report.json()).id;

  await page.goto(`/projects/${PROJECT}`);
  const section = page.getByRole('region', { name: '档案与照片' });
  const img = section.getByRole('img', { name: '档案测试楼南立面' });
  await expect(img).toBeVisible();
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  // The 1600 variant of a 1200-wide original is not enlarged: it says its real width.
  expect(await img.getAttribute('srcset')).toBe(`/files/${photoId}/thumb 320w, /files/${photoId}/800 800w, /files/${photoId}/1600 1200w`);
  expect(await img.getAttribute('width')).toBe('320');
  expect(await img.getAttribute('height')).toBe('213');
  const loaded = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  const thumb = await anonymous.get(loaded);
  expect(thumb.status()).toBe(200);
  expect(thumb.headers()['content-type']).toBe('image/webp');
  expect(thumb.headers()['x-content-type-options']).toBe('nosniff');
  expect(thumb.headers()['cache-control']).toBe('public, max-age=86400');
  // The original photo may carry EXIF (a GPS position): a reader without an account gets the
  // stripped 1600 variant in its place; staff get the original bytes.
  const original = await anonymous.get(`/files/${photoId}`, { maxRedirects: 0 });
  expect(original.status()).toBe(307);
  expect(original.headers().location).toBe(`/files/${photoId}/1600`); // relative: the reader stays on the address they used
  expect((await staff.get(`/files/${photoId}`)).headers()['content-type']).toBe('image/png');

  const link = section.getByRole('link', { name: '竣工报告' });
  await expect(link).toHaveAttribute('href', `/files/${pdfId}`);
  await expect(section.getByRole('listitem').filter({ has: page.getByRole('link', { name: '竣工报告' }) })).toContainText(
    '竣工报告（PDF，1 KB）',
  );
  const pdf = await anonymous.get(`/files/${pdfId}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/^inline; filename="Completion-report\.pdf"/);
  expect(pdf.headers().etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect((await pdf.body()).equals(PDF)).toBe(true);
});

test('a private document is 404 to an anonymous reader and 200 to staff; so is one made private later', async () => {
  const created = await upload(
    staff,
    { title: '内部监理日志', kind: 'supervision_report', public: 'false', project: PROJECT },
    { name: 'log.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.from('% private\n')]) },
  );
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  const hidden = await anonymous.get(`/files/${id}`);
  expect(hidden.status()).toBe(404);
  // The refusal says no more than for a document that does not exist.
  const missing = await anonymous.get('/files/999999');
  expect((await hidden.json()).detail).toBe((await missing.json()).detail.replace('999999', String(id)));
  const seen = await staff.get(`/files/${id}`);
  expect(seen.status()).toBe(200);
  expect(seen.headers()['cache-control']).toBe('private, no-store');
  const publicApi = await (await anonymous.get(`/api/v1/projects/${PROJECT}`)).json();
  expect(publicApi.documents.map((d: { id: number }) => d.id)).toEqual([photoId, pdfId]);

  const hide = await staff.patch(`/api/v1/documents/${pdfId}`, { data: { public: false } });
  expect(hide.status(), await hide.text()).toBe(200);
  expect((await anonymous.get(`/files/${pdfId}`)).status()).toBe(404);
  expect((await (await anonymous.get(`/projects/${PROJECT}`)).text()).includes(`href="/files/${pdfId}"`)).toBe(false);
  expect((await (await anonymous.get(`/api/v1/projects/${PROJECT}`)).json()).documents.map((d: { id: number }) => d.id)).toEqual([photoId]);
  expect((await staff.patch(`/api/v1/documents/${pdfId}`, { data: { public: true } })).status()).toBe(200);
  expect((await anonymous.get(`/files/${pdfId}`)).status()).toBe(200);
});

test('refusals name the field and the rule, and leave no row and no file behind', async () => {
  const rows = count('documents');
  const files = storedFiles();
  const fake = await upload(
    staff,
    { title: '改了扩展名的文本', kind: 'photo', public: 'true', project: PROJECT },
    { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('meeting notes, not a picture\n') },
  );
  expect(fake.status()).toBe(415);
  expect(fake.headers()['content-type']).toBe('application/problem+json');
  expect((await fake.json()).errors).toEqual({ file: ['文件：只接受 PDF、JPEG、PNG 或 WebP（按文件内容判断，与文件名和声明的类型无关）'] });

  const huge = await upload(
    staff,
    { title: '超大文件', kind: 'other', public: 'false', project: PROJECT },
    { name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]) },
  );
  expect(huge.status()).toBe(413);
  expect((await huge.json()).errors.file[0]).toMatch(/^文件：不能超过 20 MB/);

  // A good file for a record that does not exist: checked before anything is kept.
  const nowhere = await upload(
    staff,
    { title: '无处可放', kind: 'photo', public: 'true', milestone: '999999' },
    { name: 'x.jpg', mimeType: 'image/jpeg', buffer: await photo('jpeg', '#123456', 300, 200) },
  );
  expect(nowhere.status()).toBe(422);
  expect((await nowhere.json()).errors).toEqual({ milestone: ['节点：找不到“999999”'] });

  const twoTargets = await upload(
    staff,
    { title: '两处', kind: 'photo', project: PROJECT, building: `${SITE}/archive-hall` },
    { name: 'x.jpg', mimeType: 'image/jpeg', buffer: await photo('jpeg', '#654321', 300, 200) },
  );
  expect(twoTargets.status()).toBe(400);
  expect((await twoTargets.json()).errors.target[0]).toMatch(/^归属：须指定且只能指定一个/);

  expect((await anonymous.post('/api/v1/documents', { multipart: { title: 'x', kind: 'photo', project: PROJECT } })).status()).toBe(401);
  expect(count('documents')).toBe(rows);
  expect(storedFiles()).toEqual(files);
});

test('the audit trail has the upload, its change and its deletion; shared bytes stay until the last document goes', async () => {
  const event = db
    .prepare('select actor_id, action, "after" from audit_events where entity = \'document\' and entity_id = ? order by id')
    .all(String(photoId)) as { actor_id: string; action: string; after: string }[];
  const staffId = db.prepare('select id from user where email = ?').pluck().get(staffUser.email);
  expect(event[0]).toMatchObject({ actor_id: staffId, action: 'upload' });
  expect(JSON.parse(event[0]?.after ?? '{}')).toMatchObject({
    title: { zh: '档案测试楼南立面' },
    kind: 'photo',
    public: true,
    mimeType: 'image/png',
  });

  const bytes = await photo('jpeg', '#2f6b3a', 640, 480);
  const ids: number[] = [];
  for (const title of ['同一张照片甲', '同一张照片乙']) {
    const r = await upload(
      staff,
      { title, kind: 'photo', public: 'true', project: PROJECT },
      { name: 'same.jpg', mimeType: 'image/jpeg', buffer: bytes },
    );
    expect(r.status(), await r.text()).toBe(201);
    ids.push((await r.json()).id);
  }
  const [first, second] = ids as [number, number];
  const sha = db.prepare('select sha256 from documents where id = ?').pluck().get(first) as string;
  expect(db.prepare('select sha256 from documents where id = ?').pluck().get(second)).toBe(sha);
  const original = path.join(filesDir(), sha.slice(0, 2), sha);

  expect(await (await staff.delete(`/api/v1/documents/${first}`)).json()).toEqual({ id: first, fileRemoved: false });
  expect(fs.existsSync(original)).toBe(true);
  expect((await anonymous.get(`/files/${second}/thumb`)).status()).toBe(200);
  expect((await anonymous.get(`/files/${first}`)).status()).toBe(404);
  expect(await (await staff.delete(`/api/v1/documents/${second}`)).json()).toEqual({ id: second, fileRemoved: true });
  expect(fs.existsSync(original)).toBe(false);
  expect(fs.existsSync(`${original}.thumb.webp`)).toBe(false);
  const deleted = db.prepare("select action from audit_events where entity = 'document' and entity_id = ?").pluck().all(String(second));
  expect(deleted).toEqual(['upload', 'delete']);
  // The project's history tells it too, the deleted document included.
  const history = (await (await staff.get(`/api/v1/projects/${PROJECT}/history`)).json()) as {
    items: { entity: string; entityId: string; action: string }[];
  };
  const told = history.items.filter((i) => i.entity === 'document' && i.entityId === String(second)).map((i) => i.action);
  expect(told).toEqual(['delete', 'upload']);
});

const editor = async (page: Page) => {
  await signInPage(page, staffUser.email);
  await page.goto(`/manage/projects/${PROJECT}`);
  return page.getByRole('region', { name: '档案文件' });
};

test('staff upload in the project editor, see the thumbnail, make it private and delete it', async ({ page }) => {
  const section = await editor(page);
  const form = section.getByRole('form', { name: '上传文件' });

  // A text file named .png passes the browser's look at its name; the server reads the bytes.
  await form.getByLabel('文件').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('plain text') });
  await form.getByLabel('类别').selectOption({ label: '照片' });
  await form.getByRole('button', { name: '上传' }).click();
  await expect(form.getByLabel('文件')).toHaveAccessibleDescription(/文件：只接受 PDF、JPEG、PNG 或 WebP/);

  await form.getByLabel('文件').setInputFiles({ name: '东立面修缮后.jpg', mimeType: 'image/jpeg', buffer: await photo('jpeg', '#7a2418') });
  await expect(form.getByLabel('中文标题')).toHaveValue('东立面修缮后');
  await form.getByRole('checkbox', { name: '公开' }).check();
  await form.getByRole('button', { name: '上传' }).click();
  await expect(form.getByRole('status')).toHaveText('✓ 已上传：东立面修缮后');

  const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: '东立面修缮后' }) });
  const thumb = item.getByRole('img', { name: '东立面修缮后（缩略图）' });
  await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await expect(item).toContainText('公开');
  await expect(item).toContainText('照片 · ');

  await item.getByRole('button', { name: '设为内部' }).click();
  await expect(item.getByRole('status')).toHaveText('已设为内部。');
  await expect(item).toContainText('内部');
  const id = Number((await item.getByRole('link', { name: '东立面修缮后' }).getAttribute('href'))?.split('/').pop());
  expect((await anonymous.get(`/files/${id}`)).status()).toBe(404);

  await item.getByRole('button', { name: '删除' }).click();
  await expect(item.getByRole('button', { name: '确认删除' })).toBeFocused();
  await item.getByRole('button', { name: '确认删除' }).click();
  await expect(section.getByRole('link', { name: '东立面修缮后' })).toHaveCount(0);
  expect(db.prepare('select count(*) from documents where id = ?').pluck().get(id)).toBe(0);
});

test('rectification evidence: photos attached when submitting, public as a before/after pair once the verdict is signed', async ({
  page,
  browser,
  baseURL,
}) => {
  const chairUser = createUser('expert', '档案组长');
  const memberUser = createUser('expert', '档案专家');
  const [chair, member] = await Promise.all([apiFor(baseURL as string, chairUser.email), apiFor(baseURL as string, memberUser.email)]);
  const scheduled = await staff.post(`/api/v1/projects/${PROJECT}/inspections`, {
    data: {
      kind: 'midterm_inspection',
      date: '2024-09-12',
      organiser: 'henan-cultural-heritage-bureau',
      panel: [
        { email: chairUser.email, chair: true },
        { email: memberUser.email, chair: false },
      ],
    },
  });
  expect(scheduled.status(), await scheduled.text()).toBe(201);
  const inspection = (await scheduled.json()).id as number;
  for (const who of [chair, member]) {
    const r = await who.put(`/api/v1/inspections/${inspection}/assessments/me`, {
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'basically_qualified' }] },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
  const verdict = await chair.put(`/api/v1/inspections/${inspection}/verdict`, {
    data: {
      version: 1,
      verdict: 'basically_qualified',
      unanimous: true,
      criteria: [{ criterion: 'engineering_quality', grade: 'basically_qualified' }],
      findings: [{ criterion: 'engineering_quality', text: '南立面勾缝脱落' }],
      rectificationItems: [{ description: '重做南立面勾缝', due: '2024-12-31' }],
    },
  });
  expect(verdict.status(), await verdict.text()).toBe(200);
  const draft = await verdict.json();
  const itemId = draft.verdict.rectificationItems[0].id as number;

  // Evidence of an item whose verdict is still a draft is nobody's business outside the bureau.
  const before = await upload(
    staff,
    { title: '勾缝整改前', kind: 'photo', public: 'true', rectificationItem: String(itemId), evidence: 'before' },
    { name: 'before.jpg', mimeType: 'image/jpeg', buffer: await photo('jpeg', '#8a4b00') },
  );
  expect(before.status(), await before.text()).toBe(201);
  const beforeId = (await before.json()).id;
  expect((await anonymous.get(`/files/${beforeId}/thumb`)).status()).toBe(404);
  for (const who of [member, chair]) {
    const signed = await who.post(`/api/v1/inspections/${inspection}/sign`, { data: { contentHash: draft.verdict.contentHash } });
    expect(signed.status(), await signed.text()).toBe(200);
  }
  expect((await anonymous.get(`/files/${beforeId}/thumb`)).status()).toBe(200);
  await Promise.all([chair.dispose(), member.dispose()]);

  // Staff submit the item with the photo taken after the work, in the editor.
  await signInPage(page, staffUser.email);
  await page.goto(`/manage/projects/${PROJECT}`);
  const item = page.locator(`#rectification-${itemId}`);
  await item.getByRole('button', { name: '提交整改' }).click();
  const form = page.getByRole('form', { name: '提交整改：重做南立面勾缝' });
  await form.getByLabel('整改情况说明').fill('已按原工艺重做南立面勾缝，见整改后照片。');
  await form.getByLabel('整改后照片').setInputFiles({ name: 'after.jpg', mimeType: 'image/jpeg', buffer: await photo('jpeg', '#2f6b3a') });
  await form.getByRole('button', { name: '提交' }).click();
  await expect(item.getByRole('status').filter({ hasText: '已提交整改' })).toBeVisible();
  await expect(item.getByRole('region', { name: '整改后' }).getByRole('img', { name: '重做南立面勾缝（整改后）' })).toBeVisible();
  await expect(item.getByRole('region', { name: '整改前' }).getByRole('img', { name: '勾缝整改前' })).toBeVisible();

  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  await reader.goto(`/projects/${PROJECT}`);
  const pairs = reader.getByRole('region', { name: '档案与照片' });
  await expect(pairs.getByRole('heading', { name: '整改前后对照' })).toBeVisible();
  const pair = pairs.getByRole('listitem').filter({ hasText: '重做南立面勾缝' });
  await expect(pair.getByText('整改前', { exact: true })).toBeVisible();
  await expect(pair.getByText('整改后', { exact: true })).toBeVisible();
  for (const name of ['勾缝整改前', '重做南立面勾缝（整改后）']) {
    const img = pair.getByRole('img', { name });
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await readerContext.close();
});

test("a building's before/after photos, uploaded in the site editor, show side by side on its public page", async ({
  page,
  browser,
  baseURL,
}) => {
  await signInPage(page, staffUser.email);
  await page.goto(`/manage/sites/${SITE}`);
  await page.getByRole('button', { name: '编辑：档案测试楼' }).click();
  const section = page.getByRole('region', { name: '照片与档案' });
  const form = section.getByRole('form', { name: '上传文件' });
  for (const [name, side, colour] of [
    ['档案测试楼修缮前', '修缮前', '#555555'],
    ['档案测试楼修缮后', '修缮后', '#c9b27c'],
  ] as const) {
    await form.getByLabel('文件').setInputFiles({ name: `${name}.png`, mimeType: 'image/png', buffer: await photo('png', colour) });
    await expect(form.getByLabel('类别')).toHaveValue('photo');
    await form.getByLabel('修缮前后对照').selectOption({ label: side });
    await form.getByRole('checkbox', { name: '公开' }).check();
    await form.getByRole('button', { name: '上传' }).click();
    await expect(form.getByRole('status')).toHaveText(`✓ 已上传：${name}`);
    await expect(section.getByRole('listitem').filter({ hasText: name })).toContainText(`照片 · ${side}`);
  }

  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  await reader.goto(`/sites/${SITE}/buildings/archive-hall`);
  const docs = reader.getByRole('region', { name: '档案与照片' });
  await expect(docs.getByRole('heading', { name: '修缮前后对照' })).toBeVisible();
  await expect(docs.getByText('修缮前', { exact: true })).toBeVisible();
  await expect(docs.getByText('修缮后', { exact: true })).toBeVisible();
  for (const name of ['档案测试楼修缮前', '档案测试楼修缮后']) {
    const img = docs.getByRole('img', { name });
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await reader.goto(`/en/sites/${SITE}/buildings/archive-hall`);
  await expect(reader.getByRole('region', { name: 'Documents and photos' }).getByText('Before restoration', { exact: true })).toBeVisible();
  await readerContext.close();
});
