/**
 * The database against the ledger, once the server has stopped:
 * - every acknowledged write wrote exactly the audit events it should, under its request id, and
 *   its token is in its audit event exactly once and in its row exactly once (or, when a later
 *   acknowledged write replaced it, only in the audit trail, and no longer in the search index);
 * - no refused or failed write left an audit event or its token anywhere;
 * - no token and no audit event appears that the ledger does not account for;
 * - the ledger's row counts (signatures, locks, final versions) hold.
 */
import Database from 'better-sqlite3';
import type { Ledger, RowCheck, WriteRecord } from './ledger';

export interface Hit {
  table: string;
  column: string;
  rowid: number;
}

export interface Verification {
  acknowledged: number;
  refused: number;
  /** Acknowledged writes whose every check held. */
  checked: number;
  failures: string[];
}

/** Where an acknowledged token may also appear besides its places: the audit trail and the search index. */
const ALSO_ALLOWED = new Set(['audit_events.after', 'audit_events.before']);
const INDEX_TABLES = new Set(['search_documents']);

/** Tables a token can be stored in: ordinary ones, not the FTS index's virtual and shadow tables. */
function scannedTables(db: Database.Database): { table: string; columns: string[] }[] {
  const tables = db.prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as {
    name: string;
    sql: string | null;
  }[];
  const virtual = tables.filter((t) => /^create virtual table/i.test(t.sql ?? '')).map((t) => t.name);
  return tables
    .filter((t) => !virtual.includes(t.name) && !virtual.some((v) => t.name.startsWith(`${v}_`)))
    .map((t) => ({
      table: t.name,
      columns: (db.prepare(`select name, type from pragma_table_info(?)`).all(t.name) as { name: string; type: string }[])
        .filter((c) => /text|char|clob|^$/i.test(c.type))
        .map((c) => c.name),
    }))
    .filter((t) => t.columns.length > 0);
}

/** Every token of this run found in the database, with each place it was found. */
export function findTokens(db: Database.Database, ledger: Ledger): Map<string, Hit[]> {
  const hits = new Map<string, Hit[]>();
  const pattern = ledger.tokenPattern();
  for (const { table, columns } of scannedTables(db)) {
    for (const column of columns) {
      const rows = db
        .prepare(`select rowid as rowid, "${column}" as value from "${table}" where instr("${column}", ?) > 0`)
        .all(ledger.prefix) as { rowid: number; value: string }[];
      for (const { rowid, value } of rows) {
        for (const [token] of String(value).matchAll(pattern)) {
          const list = hits.get(token) ?? [];
          // One value may name a token twice (a remark quoting itself): one place, once.
          if (!list.some((h) => h.table === table && h.column === column && h.rowid === rowid)) list.push({ table, column, rowid });
          hits.set(token, list);
        }
      }
    }
  }
  return hits;
}

/** For each slot, the order of its latest acknowledged write: the one still in the row. */
function latestBySlot(records: readonly WriteRecord[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const r of records) {
    if (r.outcome !== 'acknowledged' || !r.slot) continue;
    latest.set(r.slot.key, Math.max(latest.get(r.slot.key) ?? Number.NEGATIVE_INFINITY, r.slot.order));
  }
  return latest;
}

function sameActions(actual: string[], wanted: string[]): boolean {
  const a = [...actual].sort();
  const w = [...wanted].sort();
  return a.length === w.length && a.every((x, i) => x === w[i]);
}

function named(r: WriteRecord): string {
  return `${r.kind} ${r.method} ${r.path} ${r.token} (request ${r.requestId ?? 'none'}, answered ${r.status})`;
}

function runCheck(db: Database.Database, check: RowCheck): string | null {
  const row = db.prepare(check.sql).get(...check.params) as Record<string, number> | undefined;
  const found = row ? Number(Object.values(row)[0]) : 0;
  return found === check.want ? null : `${check.label}: found ${found}, want ${check.want}`;
}

export function verifyDatabase(file: string, ledger: Ledger, runStartedAt: number): Verification {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const failures: string[] = [];
    const tokens = findTokens(db, ledger);
    const audit = new Map<string, string[]>();
    for (const { request_id, action } of db
      .prepare('select request_id, action from audit_events where request_id is not null and at >= ?')
      .all(runStartedAt) as { request_id: string; action: string }[]) {
      audit.set(request_id, [...(audit.get(request_id) ?? []), action]);
    }
    const latest = latestBySlot(ledger.records);
    const known = new Set<string>();
    const requests = new Set<string>();
    let checked = 0;

    for (const r of ledger.records) {
      known.add(r.token);
      if (r.requestId) requests.add(r.requestId);
      const found = tokens.get(r.token) ?? [];
      const events = r.requestId ? (audit.get(r.requestId) ?? []) : [];
      const before = failures.length;

      if (r.outcome !== 'acknowledged') {
        if (events.length) failures.push(`${named(r)} was not acknowledged but wrote audit events: ${events.join(', ')}`);
        if (found.length) failures.push(`${named(r)} was not acknowledged but its token is stored in ${placesOf(found)}`);
        continue;
      }
      if (!sameActions(events, r.audit)) {
        failures.push(`${named(r)}: audit events [${events.join(', ')}] under its request id, want [${r.audit.join(', ')}]`);
      }
      if (r.tokenSent) {
        const inAudit = found.filter((h) => h.table === 'audit_events' && h.column === 'after').length;
        if (inAudit !== 1) failures.push(`${named(r)}: its token is in ${inAudit} audit events, want exactly 1`);
      }
      const current = !r.slot || latest.get(r.slot.key) === r.slot.order;
      // The search index follows the records: text a later write replaced must be gone from it too.
      const staleInIndex = current ? [] : found.filter((h) => INDEX_TABLES.has(h.table));
      if (staleInIndex.length)
        failures.push(`${named(r)}: a later write replaced it, but the search index still holds it in ${placesOf(staleInIndex)}`);
      for (const place of r.places) {
        const there = found.filter((h) => h.table === place.table && h.column === place.column);
        const want = current ? 1 : 0;
        if (there.length !== want) {
          failures.push(
            `${named(r)}: its token is in ${there.length} rows of ${place.table}.${place.column}, want ${want}${current ? '' : ' (a later write replaced it)'}`,
          );
        } else if (current && place.id !== null && there[0]?.rowid !== place.id) {
          failures.push(`${named(r)}: its token is in ${place.table} row ${there[0]?.rowid}, want row ${place.id}`);
        }
      }
      const stray = found.filter(
        (h) =>
          !ALSO_ALLOWED.has(`${h.table}.${h.column}`) &&
          !INDEX_TABLES.has(h.table) &&
          !r.places.some((p) => p.table === h.table && p.column === h.column),
      );
      if (stray.length) failures.push(`${named(r)}: its token is also in ${placesOf(stray)}`);
      for (const check of r.rows) {
        const problem = runCheck(db, check);
        if (problem) failures.push(`${named(r)}: ${problem}`);
      }
      if (failures.length === before) checked += 1;
    }

    for (const [token, found] of tokens) {
      if (!known.has(token)) failures.push(`token ${token} is stored in ${placesOf(found)} but the run never sent it`);
    }
    for (const [requestId, actions] of audit) {
      if (!requests.has(requestId)) failures.push(`audit events [${actions.join(', ')}] of request ${requestId}, which the run never sent`);
    }
    for (const check of ledger.finalChecks) {
      const problem = runCheck(db, check);
      if (problem) failures.push(problem);
    }
    return { acknowledged: ledger.count('acknowledged'), refused: ledger.count('refused'), checked, failures };
  } finally {
    db.close();
  }
}

function placesOf(hits: readonly Hit[]): string {
  return hits.map((h) => `${h.table}.${h.column}#${h.rowid}`).join(', ');
}
