/**
 * The world the fuzzer runs in: a throwaway seeded database, accounts of every role, the production
 * server on it, a session per role, and records made through the API the way staff and a panel make
 * them (an open inspection with rectification items, documents), so that valid-shaped requests reach
 * every step of every endpoint. Everything is removed again by `close()`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startServer } from '../../bench/run/server';
import { loadAuthSecret } from '../../db/auth-secret';
import { openDatabase } from '../../db/open';
import { seedDatabase } from '../../db/seed/seed-database';
import { createAuth } from '../../lib/auth/create-auth';
import { ensureSearchIndex } from '../../lib/server/search-index';
import { builtFor, ensureBuild } from '../../scripts/app-build';
import { type Fixtures, readFixtures } from './fixtures';
import { PDF, png } from './multipart';

export const PASSWORD = 'correct horse battery staple';
const ROLES = ['admin', 'staff', 'expert'] as const;
type Role = (typeof ROLES)[number];

export interface World {
  url: string;
  databaseFile: string;
  filesDir: string;
  /** Folders whose absolute paths must never show in an answer. */
  serverPaths: string[];
  sessions: Record<Role, string>;
  fixtures: Fixtures;
  /** The server's last log lines, to find a request id in. */
  output(): string[];
  close(): Promise<void>;
}

/** A fresh client address per sign-in, so the per-address limit is never shared (as e2e/accounts.ts does). */
let addressCounter = 0;
const freshAddress = () => `2001:db8:f0:${(addressCounter++).toString(16)}::1`;

/** Accounts as `npm run user:add` makes them (the same better-auth configuration and hashing), in-process: five tsx starts would take most of the quick run's budget. */
async function createAccounts(databaseFile: string, accounts: { email: string; name: string; role: Role }[]): Promise<void> {
  const { db, sqlite } = openDatabase(databaseFile);
  try {
    const auth = createAuth({ db, secret: loadAuthSecret(databaseFile), baseURL: 'http://localhost' });
    for (const account of accounts) await auth.api.createUser({ body: { ...account, password: PASSWORD } });
  } finally {
    sqlite.close();
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, 'x-forwarded-for': freshAddress() },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** A set-up request that must succeed; its answer's JSON. */
async function call(url: string, cookie: string, method: string, pathname: string, body?: unknown): Promise<Record<string, unknown>> {
  const isForm = body instanceof FormData;
  const response = await fetch(`${url}${pathname}`, {
    method,
    headers: { cookie, origin: url, ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`set-up: ${method} ${pathname} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const PROJECT = 'ersha-rubber-workshop-and-warehouse-restoration';

/**
 * Two mid-term inspections chaired by the fuzzing expert: the first decided (basically qualified,
 * with two rectification items) and signed by the whole panel, so its items can be submitted and
 * verified; the second open, so the panel endpoints can still assess, decide and sign.
 * Documents of each kind hang off the records. Returns the open inspection's id.
 */
async function makeRecords(url: string, sessions: Record<Role | 'expert2', string>, experts: string[]): Promise<number> {
  await call(url, sessions.staff, 'POST', `/api/v1/projects/${PROJECT}/milestones`, { kind: 'construction_start', actual: '2025-03' });
  const schedule = async (date: string) =>
    (
      await call(url, sessions.staff, 'POST', `/api/v1/projects/${PROJECT}/inspections`, {
        kind: 'midterm_inspection',
        date,
        organiser: 'zhengzhou-cultural-heritage-bureau',
        panel: experts.map((email, i) => ({ email, chair: i === 0 })),
      })
    ).id as number;
  const signed = await schedule('2025-09-12');
  const review = await call(url, sessions.expert, 'GET', `/api/v1/inspections/${signed}`);
  const decided = await call(url, sessions.expert, 'PUT', `/api/v1/inspections/${signed}/verdict`, {
    version: review.version,
    verdict: 'basically_qualified',
    unanimous: true,
    criteria: [{ criterion: 'engineering_quality', grade: 'basically_qualified' }],
    findings: [{ criterion: 'engineering_quality', text: '屋面局部渗漏' }],
    rectificationItems: [
      { description: '修补屋面防水层', due: '2025-12-31' },
      { description: '补齐隐蔽工程影像资料', due: '2026-01-31', responsible: 'zhengzhou-cultural-heritage-bureau' },
    ],
  });
  const contentHash = (decided.verdict as { contentHash: string }).contentHash;
  for (const member of ['expert', 'expert2'] as const) {
    await call(url, sessions[member], 'POST', `/api/v1/inspections/${signed}/sign`, { contentHash });
  }
  const open = await schedule('2025-11-20');
  const upload = async (fields: Record<string, string>, bytes: Buffer, name: string) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set('file', new Blob([new Uint8Array(bytes)]), name);
    await call(url, sessions.staff, 'POST', '/api/v1/documents', form);
  };
  await upload({ title: '修缮前照片', kind: 'photo', public: 'true', project: 'ersha-office-building-restoration' }, png(24, 16), 'a.png');
  await upload({ title: '施工方案', kind: 'plan_approval', public: 'false', project: PROJECT }, PDF, 'plan.pdf');
  await upload(
    { title: '外立面', kind: 'photo', public: 'true', building: 'zhengzhou-no2-grinding-wheel-factory/office-building' },
    png(8, 8),
    'b.png',
  );
  await upload(
    { title: '检查记录', kind: 'acceptance_opinion', public: 'false', inspection: String(signed) },
    Buffer.concat([PDF, Buffer.from('%2')]),
    'c.pdf',
  );
  return open;
}

export async function createWorld(port: number, log: (line: string) => void): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-fuzz-'));
  const databaseFile = path.join(dir, 'heritage.db');
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const { db, sqlite } = openDatabase(databaseFile);
    seedDatabase(db);
    ensureSearchIndex(db);
    sqlite.close();
    const accounts = [
      { email: 'fuzz-admin@fuzz.example', name: '模糊测试管理员', role: 'admin' as const },
      { email: 'fuzz-staff@fuzz.example', name: '模糊测试工作人员', role: 'staff' as const },
      { email: 'fuzz-expert@fuzz.example', name: '模糊测试专家组长', role: 'expert' as const },
      { email: 'fuzz-expert2@fuzz.example', name: '模糊测试专家', role: 'expert' as const },
      { email: 'fuzz-disposable1@fuzz.example', name: '可停用一', role: 'staff' as const },
      { email: 'fuzz-disposable2@fuzz.example', name: '可停用二', role: 'expert' as const },
    ];
    await createAccounts(databaseFile, accounts);

    const url = `http://127.0.0.1:${port}`;
    if (ensureBuild(builtFor() ?? url)) log('built the app');
    server = await startServer(port, databaseFile);
    const sessions = {} as Record<Role, string>;
    for (const role of ROLES) sessions[role] = await signIn(url, `fuzz-${role}@fuzz.example`);
    const expert2 = await signIn(url, 'fuzz-expert2@fuzz.example');
    const openInspection = await makeRecords(url, { ...sessions, expert2 }, ['fuzz-expert@fuzz.example', 'fuzz-expert2@fuzz.example']);

    const read = new Database(databaseFile, { readonly: true });
    const fixtures = readFixtures(read, ['fuzz-disposable1@fuzz.example', 'fuzz-disposable2@fuzz.example'], openInspection);
    read.close();
    const running = server;
    return {
      url,
      databaseFile,
      filesDir: path.join(dir, 'files'),
      serverPaths: [process.cwd(), dir, fs.realpathSync(dir)],
      sessions,
      fixtures,
      output: () => running.output(),
      close: async () => {
        await running.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
