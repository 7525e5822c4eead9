/**
 * The records a valid-shaped request names: read from the throwaway database after set-up, so the
 * fuzzer reaches past "not found" into validation, the rules and the writes themselves.
 */
import type Database from 'better-sqlite3';

export interface Fixtures {
  sites: string[];
  /** Each building with its site's slug, for /sites/{slug}/buildings/{building} and upload targets. */
  buildings: { site: string; slug: string; id: number }[];
  projects: string[];
  organisations: string[];
  designations: number[];
  approvals: number[];
  milestones: number[];
  /** Inspections: the panel's open one first (the fuzzing expert chairs it), then the imported, locked ones. */
  inspections: number[];
  rectificationItems: number[];
  documents: number[];
  /** Accounts made to be disabled by the admin endpoint; never one the fuzzer signs in with. */
  disposableUsers: string[];
  /** Expert accounts' e-mails, for a valid panel. */
  expertEmails: string[];
}

const ids = (db: Database.Database, table: string): number[] =>
  (db.prepare(`select id from ${table} order by id`).all() as { id: number }[]).map((r) => r.id);
const slugs = (db: Database.Database, table: string): string[] =>
  (db.prepare(`select slug from ${table} order by id`).all() as { slug: string }[]).map((r) => r.slug);

/** The fixtures as the database holds them now; `disposable` are the e-mails of the accounts the admin may disable. */
export function readFixtures(db: Database.Database, disposable: string[], openInspection: number): Fixtures {
  const users = db.prepare('select id, email, role from "user"').all() as { id: string; email: string; role: string }[];
  return {
    sites: slugs(db, 'sites'),
    buildings: db
      .prepare('select b.id, b.slug, s.slug as site from buildings b join sites s on s.id = b.site_id order by b.id')
      .all() as Fixtures['buildings'],
    projects: slugs(db, 'projects'),
    organisations: slugs(db, 'organisations'),
    designations: ids(db, 'designations'),
    approvals: ids(db, 'approvals'),
    milestones: ids(db, 'milestones'),
    inspections: [openInspection, ...ids(db, 'inspections').filter((id) => id !== openInspection)],
    rectificationItems: ids(db, 'rectification_items'),
    documents: ids(db, 'documents'),
    disposableUsers: users.filter((u) => disposable.includes(u.email)).map((u) => u.id),
    expertEmails: users.filter((u) => u.role === 'expert').map((u) => u.email),
  };
}
