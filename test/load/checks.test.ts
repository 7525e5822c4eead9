import { describe, expect, it } from 'vitest';
import { checkFrom, type Findings, loadChecks, readStatusProblems } from './checks';
import { kindRow } from './kind-row-fixture';
import type { WriteRecord } from './ledger';
import { judgeMemory } from './memory';

const write = (status: number, expect: number[]): WriteRecord => ({
  kind: 'staff:milestone-note',
  token: 'LT-abc123-000001',
  method: 'PATCH',
  path: '/api/v1/milestones/1',
  requestId: 'r1',
  status,
  outcome: status < 300 ? 'acknowledged' : 'refused',
  expect,
  audit: ['update'],
  tokenSent: true,
  places: [],
  slot: null,
  rows: [],
  unexpected: !expect.includes(status),
  detail: '',
});

/** A run where everything held. */
const clean: Findings = {
  rows: [kindRow('page', { 200: 100 }), kindRow('not-found', { 404: 10 }), kindRow('staff:milestone-note', { 200: 5, 409: 5 })],
  writes: [write(200, [200, 409]), write(409, [200, 409])],
  panelProblems: [],
  locked: 3,
  verification: { acknowledged: 1, refused: 1, checked: 1, failures: [] },
  memory: judgeMemory(Array.from({ length: 30 }, (_, i) => ({ t: i * 5, mb: 400, answers: i * 100 }))),
  stopped: { code: 0, signal: null },
  integrity: 'ok',
  cutOffAfterS: null,
};

const failing = (f: Partial<Findings>) =>
  loadChecks({ ...clean, ...f })
    .filter((c) => !c.ok)
    .map((c) => c.name);

describe('loadChecks', () => {
  it('passes a run where everything held', () => {
    expect(loadChecks(clean).every((c) => c.ok)).toBe(true);
  });

  it('counts a 5xx of a read twice: a server error, and not the status its kind must get', () => {
    expect(failing({ rows: [kindRow('page', { 200: 10, 503: 1 })] })).toEqual(['no server errors', 'every read got its status']);
  });

  it.each<[string, Partial<Findings>]>([
    ['no server errors', { rows: [kindRow('staff:read', { 200: 10, 503: 1 })] }],
    ['no connection errors or timeouts', { rows: [kindRow('page', { 200: 10 }, { timeouts: 1 })] }],
    ['no connection errors or timeouts', { rows: [kindRow('search-long', { 200: 10 }, { errors: 2 })] }],
    ['every read got its status', { rows: [kindRow('not-found', { 200: 1, 404: 9 })] }],
    ['every write got an answer it allows', { writes: [write(403, [200, 409])] }],
    ['every panel cycle reached its lock', { panelProblems: ['panel 1 cycle 4: a signature was refused'] }],
    [
      'acknowledged writes found exactly once, refused ones nowhere',
      { verification: { acknowledged: 1, refused: 0, checked: 0, failures: ['lost'] } },
    ],
    [
      'memory levels off',
      { memory: judgeMemory(Array.from({ length: 30 }, (_, i) => ({ t: i * 5, mb: 300 * 1.02 ** i, answers: i * 100 }))) },
    ],
    ['the server stopped cleanly on SIGTERM', { stopped: { code: 1, signal: null } }],
    ['the server stopped cleanly on SIGTERM', { stopped: null }],
    ['database integrity', { integrity: '*** in database main ***\nPage 5: btreeInitPage() returns error code 11' }],
    ['the clients finished in time', { cutOffAfterS: 60 }],
  ])('fails “%s” and nothing else', (name, findings) => {
    expect(failing(findings)).toEqual([name]);
  });
});

describe('checkFrom', () => {
  it('passes without problems and lists the first few otherwise', () => {
    expect(checkFrom('x', [], 'fine')).toEqual({ name: 'x', ok: true, detail: 'fine' });
    const failed = checkFrom('x', ['a', 'b', 'c'], 'fine', 2);
    expect(failed.ok).toBe(false);
    expect(failed.detail).toBe('3 found:\n    a\n    b\n    … and 1 more');
  });
});

describe('readStatusProblems', () => {
  it('names every status a read kind must not get, and leaves the writers to the ledger', () => {
    const rows = [kindRow('page', { 200: 10, 500: 1 }), kindRow('not-found', { 404: 5, 200: 2 }), kindRow('staff:note', { 409: 4 })];
    expect(readStatusProblems(rows)).toEqual(['page: 1 answers 500, want 200', 'not-found: 2 answers 200, want 404']);
  });
});
