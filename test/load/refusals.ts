/**
 * Writes that must be refused, sent in turn while everything else runs: no session (401), the
 * wrong role (403), another site's Origin (403), a malformed or invalid body (400), an unknown
 * record (404), a taken slug and a stale version (409), a broken rule between milestones (422).
 * Each carries a token; none may leave a row, a token or an audit event (test/load/verify.ts).
 */
import type { Client, RawBody } from './client';
import type { Ledger } from './ledger';
import type { Running, StaffFixtures } from './staff';

export interface RefusalTargets {
  staff: Client;
  /** An expert: a role that may not keep records. */
  expert: Client;
  fixtures: StaffFixtures;
  /** A milestone of a published project that note writers save (its version moves). */
  noteMilestone: number;
  /** A save that breaks a rule, or null when the data offers none. */
  ruleBreaking: { id: number; version: number; actual: string } | null;
}

interface Refusal {
  name: string;
  expect: number[];
  send(token: string): Promise<{ method: string; path: string; answer: Awaited<ReturnType<Client['send']>> }>;
}

function catalogue(t: RefusalTargets): Refusal[] {
  const note = (token: string) => ({ note: `${token} 不应保存`, version: 1 });
  const patch = async (client: Client, kind: string, path: string, body: unknown, options?: Parameters<Client['send']>[4]) => ({
    method: 'PATCH',
    path,
    answer: await client.send(kind, 'PATCH', path, body, options),
  });
  const post = async (client: Client, kind: string, path: string, body: unknown | RawBody) => ({
    method: 'POST',
    path,
    answer: await client.send(kind, 'POST', path, body),
  });
  const buildings = `/api/v1/sites/${t.fixtures.site}/buildings`;
  const list: Refusal[] = [
    {
      name: 'no-session',
      expect: [401],
      send: (token) => patch(t.staff, 'refuse:no-session', `/api/v1/milestones/${t.noteMilestone}`, note(token), { cookie: null }),
    },
    {
      name: 'wrong-role',
      expect: [403],
      send: (token) => patch(t.expert, 'refuse:wrong-role', `/api/v1/milestones/${t.noteMilestone}`, note(token)),
    },
    {
      name: 'cross-origin',
      expect: [403],
      send: (token) =>
        patch(t.staff, 'refuse:cross-origin', `/api/v1/milestones/${t.noteMilestone}`, note(token), {
          headers: { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
        }),
    },
    {
      name: 'malformed-json',
      expect: [400],
      send: (token) => post(t.staff, 'refuse:malformed-json', buildings, { raw: `{"slug":"x","name":{"zh":"${token}"` }),
    },
    {
      name: 'invalid-field',
      expect: [400],
      send: (token) =>
        post(t.staff, 'refuse:invalid-field', buildings, { slug: 'load-invalid', name: { zh: `${token} 建筑` }, builtYear: '一九五六' }),
    },
    {
      name: 'unknown-record',
      expect: [404],
      send: (token) => patch(t.staff, 'refuse:unknown-record', '/api/v1/milestones/999999999', note(token)),
    },
    {
      name: 'taken-slug',
      expect: [409],
      send: (token) => post(t.staff, 'refuse:taken-slug', buildings, { slug: t.fixtures.building, name: { zh: `${token} 重复标识` } }),
    },
    {
      name: 'stale-version',
      expect: [409],
      send: (token) => patch(t.staff, 'refuse:stale-version', `/api/v1/milestones/${t.fixtures.staleMilestone.id}`, note(token)),
    },
  ];
  const rule = t.ruleBreaking;
  if (rule) {
    list.push({
      name: 'broken-rule',
      expect: [422],
      send: (token) =>
        patch(t.staff, 'refuse:broken-rule', `/api/v1/milestones/${rule.id}`, {
          actual: rule.actual,
          note: `${token} 违反规则`,
          version: rule.version,
        }),
    });
  }
  return list;
}

/** Sends the refusals in turn until the run ends; returns how many were sent. */
export async function sendRefusals(t: RefusalTargets, ledger: Ledger, running: Running): Promise<number> {
  const list = catalogue(t);
  let sent = 0;
  for (let n = 0; running(); n++) {
    const refusal = list[n % list.length] as Refusal;
    const token = ledger.token();
    const { method, path, answer } = await refusal.send(token);
    ledger.add(`refuse:${refusal.name}`, token, method, path, answer, { expect: refusal.expect });
    sent += 1;
  }
  return sent;
}
