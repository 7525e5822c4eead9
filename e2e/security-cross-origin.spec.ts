import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { apiAs, apiFor, createUser, e2eDatabase, freshAddress, PASSWORD } from './accounts';
import { createOwnProject, type OwnProject } from './manage-support';

/**
 * Another web page, open in a browser signed in to the tracker, tries to act on its behalf: script
 * writes with the reader's cookies, plain HTML forms (which need no script and no CORS), a sign-in
 * into the attacker's account, and framing the site to trick clicks. Two attackers: a page on
 * another site (http://localhost:P, where a SameSite=Lax cookie is not sent) and a page on the same
 * site but another origin (http://127.0.0.1:P, where it is: only the server's Origin check stops it).
 * Every write must be refused and leave the record as it was; the frame must stay empty.
 */

let attacker: http.Server;
let attackerPort: number;
let staffUser: { email: string };
let staff: APIRequestContext;
let own: OwnProject;
let db: Database.Database;

test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ baseURL }) => {
  // The attacker's site: an empty page, which each test fills from the outside.
  attacker = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>elsewhere</title></head><body><h1>Somewhere else</h1></body></html>');
  });
  // Every interface: Chromium may reach "localhost" over ::1 or 127.0.0.1.
  await new Promise<void>((resolve) => attacker.listen(0, resolve));
  attackerPort = (attacker.address() as AddressInfo).port;
  staffUser = createUser('staff', '跨站测试员');
  staff = await apiFor(baseURL as string, staffUser.email);
  own = await createOwnProject(staff, '跨站测试工程');
  db = new Database(e2eDatabase(), { readonly: true });
});

test.afterAll(async () => {
  db?.close();
  await staff?.dispose();
  await new Promise((resolve) => attacker?.close(resolve));
});

const ATTACKERS = {
  'another site': () => `http://localhost:${attackerPort}`,
  'the same site, another origin': () => `http://127.0.0.1:${attackerPort}`,
} as const;
type AttackerName = keyof typeof ATTACKERS;

const siteExists = (slug: string) => db.prepare('select count(*) from sites where slug = ?').pluck().get(slug) === 1;
const documentExists = (title: string) => db.prepare('select count(*) from documents where title_zh = ?').pluck().get(title) === 1;
const milestoneRow = (id: number) => db.prepare('select actual, note_zh, version from milestones where id = ?').get(id);

async function ownMilestone(): Promise<{ id: number; version: number }> {
  const project = await (await staff.get(`/api/v1/projects/${own.slug}`)).json();
  return project.milestones.find((m: { kind: string }) => m.kind === 'construction_complete');
}

/** A browser signed in as staff (the session of the API client: one sign-in, under the per-account limit). */
async function signedInBrowser(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: await staff.storageState() });
}

/** A page of a signed-in context, open on the attacker's site. */
async function victim(context: BrowserContext, from: AttackerName): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ATTACKERS[from]()}/`);
  await expect(page.getByRole('heading', { name: 'Somewhere else' })).toBeVisible();
  return page;
}

/** The server's answer to a request the page makes, as the network saw it (a no-cors answer is opaque to the page). */
function answerTo(page: Page, url: string, method: string) {
  return page.waitForResponse((r) => r.url() === url && r.request().method() === method);
}

/**
 * Refused: 403 for the cross-origin write (the Origin check), or 401 when the browser sent no cookie.
 * A staff member may create sites and upload, so a 403 here is the refusal of the request's origin.
 * The answer to a no-cors fetch is opaque, to the page and to Playwright alike (no headers, no
 * body): the problem's type is checked on the form posts below and request by request at the end.
 */
function expectRefused(response: Awaited<ReturnType<Page['waitForResponse']>>, label: string) {
  expect([401, 403], `${label}: status ${response.status()}`).toContain(response.status());
}

/** A refused form post, whose answer the browser shows: the problem names the refusal. */
async function expectFormRefused(response: Awaited<ReturnType<Page['waitForResponse']>>, label: string) {
  expectRefused(response, label);
  expect((await response.allHeaders())['content-type'], label).toContain('application/problem+json');
  const problem = JSON.parse((await response.body()).toString());
  expect(problem.type, label).toBe(response.status() === 403 ? '/problems/cross-origin' : '/problems/unauthenticated');
}

for (const from of Object.keys(ATTACKERS) as AttackerName[]) {
  test.describe(`from ${from}`, () => {
    test('a script POST with the reader’s cookies is refused and writes nothing', async ({ browser, baseURL }) => {
      const context = await signedInBrowser(browser);
      try {
        const page = await victim(context, from);
        const slug = `cross-origin-fetch-${Date.now()}`;
        const target = `${baseURL}/api/v1/sites`;
        const answer = answerTo(page, target, 'POST');
        // text/plain keeps it a "simple" request: no preflight, so the browser sends it as it is.
        await page.evaluate(
          ([url, body]) =>
            fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body }),
          [target, JSON.stringify({ slug, name: { zh: '跨站写入' }, category: 'modern_historic' })] as const,
        );
        expectRefused(await answer, 'fetch POST');
        expect(siteExists(slug)).toBe(false);
      } finally {
        await context.close();
      }
    });

    test('a script upload (multipart, no preflight) is refused and stores nothing', async ({ browser, baseURL }) => {
      const context = await signedInBrowser(browser);
      try {
        const page = await victim(context, from);
        const title = `跨站上传 ${Date.now()}`;
        const target = `${baseURL}/api/v1/documents`;
        const answer = answerTo(page, target, 'POST');
        await page.evaluate(
          ([url, title, project]) => {
            const form = new FormData();
            form.append('title', title);
            form.append('kind', 'completion_report');
            form.append('public', 'true');
            form.append('project', project);
            form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'x.pdf');
            return fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: form });
          },
          [target, title, own.slug] as const,
        );
        expectRefused(await answer, 'upload');
        expect(documentExists(title)).toBe(false);
      } finally {
        await context.close();
      }
    });

    test('a script PATCH is stopped before it is sent (CORS preflight) and changes nothing', async ({ browser, baseURL }) => {
      const context = await signedInBrowser(browser);
      try {
        const page = await victim(context, from);
        const target = await ownMilestone();
        const before = milestoneRow(target.id);
        const patches: number[] = [];
        page.on('response', (r) => {
          if (r.request().method() === 'PATCH') patches.push(r.status());
        });
        const outcome = await page.evaluate(
          ([url, version]) =>
            fetch(url, {
              method: 'PATCH',
              credentials: 'include',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ actual: '2021-11', note: '跨站修改', version }),
            }).then(
              (r) => `answered ${r.status}`,
              (e: Error) => `failed: ${e.message}`,
            ),
          [`${baseURL}/api/v1/milestones/${target.id}`, target.version] as const,
        );
        expect(outcome).toMatch(/^failed/);
        // Either the browser never sent it, or the server refused it.
        expect(patches.filter((status) => status < 400)).toEqual([]);
        expect(milestoneRow(target.id)).toEqual(before);
      } finally {
        await context.close();
      }
    });

    test('an HTML form posting JSON-looking text to the API is refused and writes nothing', async ({ browser, baseURL }) => {
      const context = await signedInBrowser(browser);
      try {
        const page = await victim(context, from);
        const slug = `cross-origin-form-${Date.now()}`;
        const target = `${baseURL}/api/v1/sites`;
        const answer = answerTo(page, target, 'POST');
        // enctype=text/plain sends "name=value": a name that opens the JSON and a value that closes it.
        await page.evaluate(
          ([url, head]) => {
            const form = document.createElement('form');
            form.method = 'POST';
            form.action = url;
            form.enctype = 'text/plain';
            const field = document.createElement('input');
            field.name = head;
            field.value = '"}';
            form.append(field);
            document.body.append(form);
            form.submit();
          },
          [target, `{"slug":"${slug}","name":{"zh":"跨站表单"},"category":"modern_historic","x":"`] as const,
        );
        await expectFormRefused(await answer, 'form POST');
        expect(siteExists(slug)).toBe(false);
      } finally {
        await context.close();
      }
    });

    test('a form cannot sign the browser in to the attacker’s account (login CSRF)', async ({ browser, baseURL }) => {
      const mallory = createUser('staff', '攻击者账号');
      const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
      try {
        const page = await context.newPage();
        await page.goto(`${ATTACKERS[from]()}/`);
        const target = `${baseURL}/api/auth/sign-in/email`;
        const answer = answerTo(page, target, 'POST');
        await page.evaluate(
          ([url, email, password]) => {
            const form = document.createElement('form');
            form.method = 'POST';
            form.action = url;
            for (const [name, value] of [
              ['email', email],
              ['password', password],
            ]) {
              const field = document.createElement('input');
              field.name = name as string;
              field.value = value as string;
              form.append(field);
            }
            document.body.append(form);
            form.submit();
          },
          [target, mallory.email, PASSWORD] as const,
        );
        const response = await answer;
        // Refused for where it came from (not, say, rate-limited: that would hide the hole).
        expect(response.status(), `sign-in from another origin: ${await response.text()}`).toBe(403);
        const session = await context.request.get(`${baseURL}/api/auth/get-session`);
        expect(await session.json(), 'the browser holds no session').toBeNull();
        expect((await context.cookies(baseURL)).map((c) => c.name).filter((name) => name.includes('session_token'))).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('framing the site is blocked (frame-ancestors)', async ({ browser, baseURL }) => {
      const context = await signedInBrowser(browser);
      try {
        const page = await victim(context, from);
        for (const path of ['/', '/manage', `/manage/projects/${own.slug}`]) {
          const url = `${baseURL}${path}`;
          await page.evaluate((src) => {
            document.querySelector('iframe')?.remove();
            const frame = document.createElement('iframe');
            frame.src = src;
            frame.width = '800';
            frame.height = '600';
            document.body.append(frame);
          }, url);
          const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
          await page.waitForTimeout(1_000);
          // A blocked frame shows the browser's error page, never the site.
          expect(frame?.url(), path).not.toMatch(new RegExp(`^${baseURL}`));
          expect(await frame?.locator('#main').count(), path).toBe(0);
        }
      } finally {
        await context.close();
      }
    });
  });
}

test.describe('the Origin check, request by request', () => {
  /** A write by the signed-in staff client, its request carrying the given headers (as a browser would send them). */
  async function write(headers: Record<string, string>) {
    const slug = `origin-check-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
    const response = await staff.post('/api/v1/sites', { headers, data: { slug, name: { zh: '来源检查' }, category: 'modern_historic' } });
    return { status: response.status(), body: await response.text(), contentType: response.headers()['content-type'], slug };
  }

  test('a write whose Origin is another origin, null, or marked cross-site is a 403 that writes nothing', async ({ baseURL }) => {
    const base = baseURL as string;
    const self = new URL(base);
    const forged: Record<string, Record<string, string>> = {
      'another site': { origin: `http://localhost:${attackerPort}` },
      'another port': { origin: `http://127.0.0.1:${attackerPort}` },
      'another scheme': { origin: `https://${self.host}` },
      'the host as a prefix of another': { origin: `${self.protocol}//${self.hostname}.evil.example:${self.port}` },
      'a sandboxed frame (null)': { origin: 'null' },
      'Sec-Fetch-Site: cross-site without Origin': { 'sec-fetch-site': 'cross-site' },
      'own Origin but Sec-Fetch-Site: cross-site': { origin: base, 'sec-fetch-site': 'cross-site' },
    };
    for (const [label, headers] of Object.entries(forged)) {
      const answer = await write(headers);
      expect(answer.status, `${label}: ${answer.body}`).toBe(403);
      expect(answer.contentType, label).toContain('application/problem+json');
      expect(JSON.parse(answer.body).type, label).toBe('/problems/cross-origin');
      expect(siteExists(answer.slug), label).toBe(false);
    }
  });

  test('a write from the site itself, or from a client that sends no Origin, goes through', async ({ baseURL }) => {
    const base = baseURL as string;
    const allowed: Record<string, Record<string, string>> = {
      'own Origin': { origin: base },
      'own Origin, same-origin fetch': { origin: base, 'sec-fetch-site': 'same-origin' },
      'no Origin (curl, scripts)': {},
    };
    for (const [label, headers] of Object.entries(allowed)) {
      const answer = await write(headers);
      expect(answer.status, `${label}: ${answer.body}`).toBe(201);
      expect(siteExists(answer.slug), label).toBe(true);
    }
  });

  test('reads are not refused for their Origin: the open data is for anyone', async ({ baseURL }) => {
    const anonymous = await apiAs(baseURL as string, 'anonymous');
    try {
      const response = await anonymous.get('/api/v1/sites', {
        headers: { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
      });
      expect(response.status()).toBe(200);
    } finally {
      await anonymous.dispose();
    }
  });
});

test.describe('the session cookie', () => {
  async function signInCookies(baseURL: string, headers: Record<string, string>): Promise<string[]> {
    const api = await apiAs(baseURL, 'anonymous');
    try {
      // An account of its own: the per-account sign-in limit is 5 a minute.
      const user = createUser('staff', '会话凭据测试');
      const response = await api.post('/api/auth/sign-in/email', { headers, data: { email: user.email, password: PASSWORD } });
      expect(response.status(), await response.text()).toBe(200);
      return response
        .headersArray()
        .filter((h) => h.name.toLowerCase() === 'set-cookie')
        .map((h) => h.value);
    } finally {
      await api.dispose();
    }
  }

  const attributes = (cookie: string) =>
    new Map(
      cookie
        .split(';')
        .slice(1)
        .map((part) => {
          const [name, ...value] = part.trim().split('=');
          return [(name as string).toLowerCase(), value.join('=')] as const;
        }),
    );

  for (const https of [false, true]) {
    test(`is HttpOnly, SameSite=Lax or Strict, Path=/${https ? ', and Secure when the request came over https' : ' over plain http'}`, async ({
      baseURL,
    }) => {
      const cookies = await signInCookies(baseURL as string, https ? { 'x-forwarded-proto': 'https' } : {});
      const session = cookies.filter((c) => /^(?:__Secure-|__Host-)?better-auth\.session_token=/.test(c));
      expect(session, cookies.join('\n')).toHaveLength(1);
      for (const cookie of cookies) {
        const attrs = attributes(cookie);
        const name = cookie.split('=')[0];
        expect(attrs.has('httponly'), `${name} HttpOnly`).toBe(true);
        expect(['lax', 'strict'], `${name} SameSite`).toContain(attrs.get('samesite')?.toLowerCase());
        expect(attrs.get('path'), `${name} Path`).toBe('/');
        expect(attrs.has('domain'), `${name} has no Domain (host-only)`).toBe(false);
        if (https) expect(attrs.has('secure'), `${name} Secure over https`).toBe(true);
      }
    });
  }
});
