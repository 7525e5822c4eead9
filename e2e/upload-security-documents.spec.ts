import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { apiAs, e2eDatabase } from './accounts';
import { must, pdf, png } from './authorization-fixture';
import { HOSTILE, isKept, multipart, pngBomb, polyglotJpeg, savedName, strayFiles } from './upload-support';

// Uploads are judged by their bytes, bounded in size, kept under their SHA-256 whatever they were
// called, and served so that a browser never renders one as a page of ours. The file name a client
// sends is never kept nor used: a download is named after the document's title, cleaned.

// Named per worker: after a failure Playwright starts a new worker, which makes its records anew.
const RUN = randomBytes(3).toString('hex');
const SITE = `upload-security-site-${RUN}`;
const PROJECT = `upload-security-${RUN}`;
const LIMIT = 20 * 1024 * 1024;

let staff: APIRequestContext;
let anonymous: APIRequestContext;
let db: Database.Database;

// In order, in one worker; each test stands alone, so one failing does not hide the others.
test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ baseURL }) => {
  staff = await apiAs(baseURL as string, 'staff');
  anonymous = await apiAs(baseURL as string, 'anonymous');
  db = new Database(e2eDatabase(), { readonly: true });
  await must(await staff.post('/api/v1/sites', { data: { slug: SITE, name: { zh: '上传安全测试单位' }, category: 'other' } }), 201);
  await must(await staff.post(`/api/v1/sites/${SITE}/buildings`, { data: { slug: 'upload-hall', name: { zh: '上传测试楼' } } }), 201);
  await must(
    await staff.post('/api/v1/projects', {
      data: {
        site: SITE,
        slug: PROJECT,
        title: { zh: '上传安全测试工程' },
        category: 'repair',
        buildings: ['upload-hall'],
        published: true,
      },
    }),
    201,
  );
});

test.afterAll(async () => {
  db?.close();
  await Promise.all([staff, anonymous].map((c) => c?.dispose()));
});

const documentsTitled = (title: string) => db.prepare('select count(*) from documents where title_zh = ?').pluck().get(title) as number;

/** An upload as staff, its body written by hand. */
function send(parts: Parameters<typeof multipart>[0], api = staff) {
  const { body, contentType } = multipart(parts);
  return api.post('/api/v1/documents', { data: body, headers: { 'content-type': contentType } });
}
const fields = (title: string, extra: Record<string, string> = {}) =>
  Object.entries({ title, kind: 'other', public: 'true', project: PROJECT, ...extra }).map(([name, value]) => ({ name, value }));

test('a file is judged by its bytes: HTML, SVG, executables and disguised signatures are 415, and nothing is kept', async () => {
  for (const file of HOSTILE) {
    const title = `拒收-${file.label}`;
    const response = await send([...fields(title), { name: 'file', filename: file.name, type: file.type, value: file.bytes }]);
    expect(response.status(), file.label).toBe(415);
    expect(response.headers()['content-type']).toBe('application/problem+json');
    expect(Object.keys((await response.json()).errors), file.label).toEqual(['file']);
    expect(documentsTitled(title), file.label).toBe(0);
    expect(isKept(file.bytes), file.label).toBe(false);
  }
  expect(strayFiles()).toEqual([]);
});

test('the type comes from the bytes, never the name or the declared type: a PNG sent as report.pdf is kept and served as a PNG', async () => {
  const bytes = await png();
  const response = await send([
    ...fields('名为PDF的照片'),
    { name: 'file', filename: 'report.pdf', type: 'application/pdf', value: bytes },
  ]);
  expect(response.status(), await response.text()).toBe(201);
  const doc = await response.json();
  expect(doc.mimeType).toBe('image/png');
  const served = await staff.get(`/files/${doc.id}`);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(savedName(served.headers()['content-disposition'] as string)).toBe('名为PDF的照片.png');
});

test('over the size limit is 413 and keeps nothing; exactly the limit is kept; without an account, 401 before the body is read', async () => {
  const over = Buffer.concat([pdf('over'), Buffer.alloc(LIMIT + 1 - pdf('over').length, 0x20)]);
  const refused = await send([...fields('超限文件'), { name: 'file', filename: 'big.pdf', type: 'application/pdf', value: over }]);
  expect(refused.status()).toBe(413);
  expect((await refused.json()).errors.file[0]).toMatch(/^文件：不能超过 20 MB/);
  expect(documentsTitled('超限文件')).toBe(0);
  expect(isKept(over)).toBe(false);

  const exact = Buffer.concat([pdf('exact'), Buffer.alloc(LIMIT - pdf('exact').length, 0x20)]);
  const kept = await send([...fields('恰好20MB'), { name: 'file', filename: 'exact.pdf', type: 'application/pdf', value: exact }]);
  expect(kept.status(), await kept.text()).toBe(201);
  expect((await kept.json()).sizeBytes).toBe(LIMIT);
  expect((await staff.delete(`/api/v1/documents/${(await kept.json()).id}`)).status()).toBe(200);

  // Who may upload is settled first: an anonymous caller learns nothing about the limit.
  const stranger = await send(
    [...fields('匿名超限'), { name: 'file', filename: 'big.pdf', type: 'application/pdf', value: over }],
    anonymous,
  );
  expect(stranger.status()).toBe(401);
});

test('a decompression bomb (a PNG claiming 60,000 × 60,000 pixels in a few kB) is refused from its header, at once', async () => {
  const bomb = pngBomb();
  expect(bomb.length).toBeLessThan(100_000);
  const started = Date.now();
  const response = await send([
    ...fields('像素炸弹', { kind: 'photo' }),
    { name: 'file', filename: 'bomb.png', type: 'image/png', value: bomb },
  ]);
  expect(response.status()).toBe(413);
  expect((await response.json()).errors.file[0]).toContain('60000×60000');
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(documentsTitled('像素炸弹')).toBe(0);
  expect(isKept(bomb)).toBe(false);
});

test('a body declared or streamed past the limit is refused without being read to its end', async ({ baseURL }) => {
  const { port } = new URL(baseURL as string);
  const cookie = (await staff.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const { contentType } = multipart([]);
  // Declared: a gigabyte announced, a few bytes sent; the answer comes at once.
  const declared = await rawAnswer(Number(port), [
    `POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nContent-Type: ${contentType}\r\nContent-Length: 1073741824\r\n\r\n--x`,
  ]);
  expect(declared.status).toBe(413);
  // Streamed: chunked, no length; 40 MB offered in 1 MB chunks.
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  const head = `POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nContent-Type: ${contentType}\r\nTransfer-Encoding: chunked\r\n\r\n`;
  const chunks = Array.from({ length: 40 }, () =>
    Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]),
  );
  const streamed = await rawAnswer(Number(port), [head, ...chunks, '0\r\n\r\n']);
  expect(streamed.status).toBe(413);
  // The answer came while the sender was still sending: the server stopped reading near the limit.
  expect(streamed.written).toBeLessThan(chunks.length);
  test.info().annotations.push({ type: 'streamed', description: `413 after ${streamed.written - 1} of ${chunks.length} MB were sent` });
});

/**
 * Writes the pieces to a raw socket, stopping once an answer arrives; returns the answer's status
 * and how many pieces had been written by then.
 */
function rawAnswer(port: number, pieces: (string | Buffer)[]): Promise<{ status: number; written: number }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let written = 0;
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status) {
        socket.destroy();
        resolve({ status: Number(status[1]), written });
      }
    });
    socket.on('error', (error) => (answer ? undefined : reject(error)));
    socket.on('connect', async () => {
      for (const piece of pieces) {
        if (socket.destroyed) return;
        if (!socket.write(piece)) await new Promise((r) => socket.once('drain', r));
        written++;
      }
    });
    setTimeout(() => reject(new Error(`no answer: ${answer.slice(0, 200)}`)), 60_000).unref();
  });
}

/** Names an attacker or a careless scanner sends. None may make a path, a header or a disguised name. */
const NAMES: { label: string; filename?: string; filenameStar?: string }[] = [
  { label: 'path traversal', filename: '../../etc/passwd' },
  { label: 'one level up', filename: '../escaped-upload.pdf' },
  { label: 'two levels up', filename: `../../escaped-upload-${process.pid}.pdf` },
  { label: 'Windows traversal', filename: '..\\..\\windows\\win.ini' },
  { label: 'absolute path', filename: '/etc/cron.d/evil' },
  { label: 'NUL', filename: 'report.pdf\u0000.html' },
  { label: 'CR/LF', filename: 'report.pdf\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>' },
  { label: 'right-to-left override', filename: 'report\u202Efdp.exe' },
  { label: 'right-to-left override, RFC 5987 form', filenameStar: 'report\u202Efdp.exe' },
  { label: '10,000 characters', filename: `${'档'.repeat(10_000)}.pdf` },
  { label: 'Windows device CON', filename: 'CON' },
  { label: 'Windows device nul.pdf', filename: 'nul.pdf' },
  { label: 'Windows device COM1.pdf', filename: 'COM1.pdf' },
  { label: 'encoded traversal', filename: '..%2f..%2fescaped.pdf' },
  { label: 'empty', filename: '' },
];

test('file names are never kept nor used: traversal, NUL, CR/LF, RTL, 10k characters and device names store harmlessly', async () => {
  for (const name of NAMES) {
    const bytes = pdf(`name-${name.label}-${Date.now()}`);
    const title = `名字-${name.label}`;
    const response = await send([...fields(title), { name: 'file', type: 'application/pdf', value: bytes, ...name }]);
    const text = await response.text();
    // A body the multipart parser cannot read is the sender's fault (400; a CR/LF ends the part's
    // header early, so the file's bytes may start with what followed it: 415); any name is accepted and dropped.
    expect([201, 400, 415], `${name.label}: ${text.slice(0, 300)}`).toContain(response.status());
    test.info().annotations.push({ type: name.label, description: String(response.status()) });
    if (response.status() !== 201) {
      expect(isKept(bytes), name.label).toBe(false);
      continue;
    }
    const doc = JSON.parse(text);
    expect(isKept(bytes), name.label).toBe(true);
    const row = db.prepare('select * from documents where id = ?').get(doc.id) as Record<string, unknown>;
    for (const leak of ['passwd', 'escaped', 'win.ini', 'cron', 'fdp', '<script>', '档档档']) {
      expect(JSON.stringify(row), name.label).not.toContain(leak);
      expect(text, name.label).not.toContain(leak);
    }
    const served = await anonymous.get(`/files/${doc.id}`);
    expect(served.status()).toBe(200);
    const disposition = served.headers()['content-disposition'] as string;
    expect(savedName(disposition), name.label).toBe(`${title}.pdf`);
    expect((await served.body()).equals(bytes)).toBe(true);
  }
  expect(strayFiles()).toEqual([]);
  expect(fs.existsSync(path.join(os.tmpdir(), `escaped-upload-${process.pid}.pdf`))).toBe(false);
});

test('titles are free text, but the name a download is saved under is clean and the header one line', async () => {
  const titles: { title: string; titleEn?: string; saved: string; ascii?: string }[] = [
    { title: '报告\r\nSet-Cookie: stolen=1', saved: '报告 Set-Cookie stolen=1.pdf' },
    { title: 'invoice\u202Egpj.exe', saved: 'invoice gpj.exe.pdf' },
    { title: '../../etc/passwd', titleEn: '../../etc/passwd', saved: 'etc passwd.pdf', ascii: 'etc-passwd.pdf' },
    { title: 'CON', titleEn: 'AUX', saved: `document-ID.pdf`, ascii: 'document-ID.pdf' },
    { title: '含有"引号";和分号', titleEn: 'a"b;c=d', saved: '含有 引号 ;和分号.pdf', ascii: 'a-b-c-d.pdf' },
  ];
  for (const { title, titleEn, saved, ascii } of titles) {
    const response = await send([
      ...fields(title, titleEn ? { titleEn } : {}),
      { name: 'file', filename: 'x.pdf', type: 'application/pdf', value: pdf(`title-${title}`) },
    ]);
    expect(response.status(), await response.text()).toBe(201);
    const { id } = await response.json();
    const served = await anonymous.get(`/files/${id}`);
    const header = served.headers()['content-disposition'] as string;
    expect(header).toMatch(/^inline; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
    expect(savedName(header), title).toBe(saved.replace('ID', String(id)));
    if (ascii) expect(/filename="([^"]+)"/.exec(header)?.[1]).toBe(ascii.replace('ID', String(id)));
    expect(served.headers()['set-cookie']).toBeUndefined();
  }
  const tooLong = await send([
    ...fields('题'.repeat(10_000)),
    { name: 'file', filename: 'x.pdf', type: 'application/pdf', value: pdf('long-title') },
  ]);
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).errors.title).toEqual(['中文标题：不能超过200个字符']);
});

test('a polyglot image is served as an image with nosniff; the public get a re-encoded copy without the script', async ({ page }) => {
  const bytes = await polyglotJpeg();
  const response = await send([
    ...fields('带脚本注释的照片', { kind: 'photo' }),
    { name: 'file', filename: 'page.html', type: 'text/html', value: bytes },
  ]);
  expect(response.status(), await response.text()).toBe(201);
  const { id, mimeType } = await response.json();
  expect(mimeType).toBe('image/jpeg');

  const original = await staff.get(`/files/${id}`);
  expect(original.headers()).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff' });
  expect(original.headers()['content-disposition']).toMatch(/^inline; /);
  // The original (it may carry EXIF) answers differently by reader: no shared cache may keep it.
  expect(original.headers()['cache-control']).toBe('private, no-store');
  expect((await original.body()).equals(bytes)).toBe(true);

  const redirected = await anonymous.get(`/files/${id}`, { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  // Relative: the reader stays on the host they asked, whatever Host or proxy; and no shared cache keeps it.
  expect(redirected.headers()).toMatchObject({ location: `/files/${id}/1600`, 'cache-control': 'private, no-store' });
  const forged = await anonymous.get(`/files/${id}`, {
    maxRedirects: 0,
    headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
  });
  expect(forged.headers().location).toBe(`/files/${id}/1600`);
  const publicCopy = await anonymous.get(`/files/${id}/1600`);
  expect(publicCopy.headers()['content-type']).toBe('image/webp');
  expect((await publicCopy.body()).includes('<script>')).toBe(false);

  // In the browser, at our origin: an image document, and no script of the file runs.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/files/${id}`);
  expect(await page.evaluate(() => document.contentType)).toBe('image/webp');
  expect(dialogs).toEqual([]);
});

test('a PDF carrying HTML is kept as a PDF and served as one, never as a page', async ({ page }) => {
  const bytes = Buffer.from(`%PDF-1.4\n<html><script>alert("pdf")</script></html>\n%${Date.now()}\n%%EOF\n`);
  const response = await send([...fields('夹带网页的PDF'), { name: 'file', filename: 'page.html', type: 'text/html', value: bytes }]);
  expect(response.status(), await response.text()).toBe(201);
  const { id } = await response.json();
  const served = await anonymous.get(`/files/${id}`);
  expect(served.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
  expect(served.headers()['content-disposition']).toMatch(/^inline; filename="document-\d+\.pdf"/);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Chromium shows it in its PDF viewer or downloads it; either way it is not a page of ours.
  const shown = await page.goto(`/files/${id}`).catch((error: Error) => error);
  if (!(shown instanceof Error)) expect(await page.evaluate(() => document.contentType)).not.toMatch(/html|xml/);
  expect(dialogs).toEqual([]);
});

test('a file address that names no file is a problem+json 4xx, never a 500', async () => {
  const cases: [string, number[]][] = [
    // A malformed address: 400 (it is not one) or 404 (it names nothing), as for every route.
    ['/files/%E0%A4%A', [400, 404]],
    ['/files/1/%E0%A4%A', [400, 404]],
    ['/files/..%2F..%2Fetc%2Fpasswd', [404]],
    ['/files/1%00', [404]],
    ['/files/1/thumb/extra', [404]],
    ['/files/0x1', [404]],
    ['/files/1e3', [404]],
    ['/files/99999999999999999999', [404]],
  ];
  for (const [path, statuses] of cases) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(statuses, `${path} → ${response.status()}`).toContain(response.status());
    expect(response.headers()['content-type'], path).toBe('application/problem+json');
  }
});

test('HEAD gives the same safe headers as GET and no body', async () => {
  const { id } = await (
    await send([...fields('HEAD测试'), { name: 'file', filename: 'x.pdf', type: 'application/pdf', value: pdf(`head-${Date.now()}`) }])
  ).json();
  const get = await anonymous.get(`/files/${id}`);
  const head = await anonymous.head(`/files/${id}`);
  expect(head.status()).toBe(200);
  for (const name of ['content-type', 'x-content-type-options', 'content-disposition', 'content-length']) {
    expect(head.headers()[name], name).toBe(get.headers()[name]);
  }
  expect((await head.body()).length).toBe(0);
});
