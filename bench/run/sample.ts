/**
 * What the benchmark requests, taken from the database (read-only) so that every path, term and
 * milestone is a real one: the heaviest published project with a decided verdict, its site, the
 * projects for the first-visit row, search terms cut from real names, and milestones to save.
 * Every choice is ordered, so the same database gives the same sample.
 */
import Database from 'better-sqlite3';
import type { ChosenPages } from './results';

export const SPREAD_PROJECTS = 2000;
/** Candidates for the writers: more than needed, since a save a rule refuses disqualifies one. */
const WRITE_CANDIDATES = 40;
const SEARCH_TERMS_PER_GROUP = 24;
/** Short terms a reader types (DOMAIN.md, the README's examples); kept only if the data has them. */
const EXAMPLE_SHORT_TERMS = ['车间', '砂', '大殿', '验收'];

export interface Milestone {
  id: number;
  version: number;
  projectSlug: string;
}

export interface Sample {
  /** How the about page is served is learnt from the server, not the database. */
  pages: Omit<ChosenPages, 'about'> & { about: { path: string } };
  spreadPaths: string[];
  searchTerms: { long: string[]; short: string[] };
  /** Milestones of published projects other than the measured one, for the writers. */
  writeCandidates: Milestone[];
  /** A milestone of the measured project, for the freshness check. */
  freshnessMilestone: Milestone;
}

/** `count` items spread evenly over a list (all of it when it is shorter). */
export function evenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A piece of `length` Han characters of a name, at a position that varies with `seed`; with
 * `seed` 'tail', its last characters (a building's 车间, 仓库, 大殿: the words readers type).
 */
export function hanPiece(name: string, length: number, seed: number | 'tail'): string | null {
  const runs = (name.match(HAN_RUN) ?? []).map((run) => [...run]).filter((chars) => chars.length >= length);
  const run = seed === 'tail' ? runs.at(-1) : runs[seed % Math.max(runs.length, 1)];
  if (!run) return null;
  const start = seed === 'tail' ? run.length - length : seed % (run.length - length + 1);
  return run.slice(start, start + length).join('');
}

export function sampleDatabase(file: string): Sample {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const decided = 'i.verdict is not null and (i.locked_at is not null or i.historical = 1)';
    const project = db
      .prepare(
        `with decided as (
           select m.project_id as id, count(*) as verdicts from inspections i join milestones m on m.id = i.milestone_id
           where ${decided} group by m.project_id)
         select p.id, p.slug, s.slug as siteSlug, d.verdicts,
           (select count(*) from milestones m where m.project_id = p.id) as milestones
         from decided d join projects p on p.id = d.id join sites s on s.id = p.site_id
         where p.published = 1
         order by milestones desc, d.verdicts desc, p.id limit 1`,
      )
      .get() as { id: number; slug: string; siteSlug: string; verdicts: number; milestones: number } | undefined;
    if (!project) throw new Error(`no published project with a decided verdict in ${file}`);

    const published = db.prepare('select id, slug from projects where published = 1 and id <> ? order by id').all(project.id) as {
      id: number;
      slug: string;
    }[];
    const spreadPaths = evenly(published, SPREAD_PROJECTS).map((p) => `/projects/${encodeURIComponent(p.slug)}`);

    // The first milestone of each of many projects, then their second ones and so on: writers on
    // distinct projects where the database has enough of them, and still ten on a small one.
    const milestonesOf = db.prepare('select id, version from milestones where project_id = ? order by id');
    const perProject = evenly(published, WRITE_CANDIDATES).map((p) =>
      (milestonesOf.all(p.id) as { id: number; version: number }[]).map((m) => ({ ...m, projectSlug: p.slug })),
    );
    const deepest = Math.max(0, ...perProject.map((list) => list.length));
    const writeCandidates = Array.from({ length: deepest }, (_, i) => perProject.flatMap((list) => list[i] ?? []))
      .flat()
      .slice(0, WRITE_CANDIDATES);
    const own = db.prepare('select id, version from milestones where project_id = ? order by id desc limit 1').get(project.id) as {
      id: number;
      version: number;
    };

    const siteNames = evenly(db.prepare('select name_zh as name from sites order by id').pluck().all() as string[], 400);
    const buildingNames = evenly(db.prepare('select name_zh as name from buildings order by id').pluck().all() as string[], 400);
    const indexed = db.prepare('select 1 from search_documents where instr(title_zh, ?) > 0 or instr(body_zh, ?) > 0 limit 1').pluck();
    const present = (term: string) => indexed.get(term, term) !== undefined;

    const distinct = (terms: (string | null)[]) => [...new Set(terms.filter((t): t is string => t !== null))];
    const long = evenly(distinct(siteNames.map((name, i) => hanPiece(name, 3 + (i % 2), i))), SEARCH_TERMS_PER_GROUP);
    const shortFromNames = distinct([
      ...buildingNames.map((name) => hanPiece(name, 2, 'tail')),
      ...buildingNames.map((name) => hanPiece(name, 1, 'tail')),
    ]);
    const short = distinct([...EXAMPLE_SHORT_TERMS.filter(present), ...evenly(shortFromNames, SEARCH_TERMS_PER_GROUP)]).slice(
      0,
      SEARCH_TERMS_PER_GROUP,
    );
    if (!long.length || !short.length) throw new Error(`no Chinese names to cut search terms from in ${file}`);

    return {
      pages: {
        project: {
          slug: project.slug,
          path: `/projects/${encodeURIComponent(project.slug)}`,
          milestones: project.milestones,
          decidedInspections: project.verdicts,
        },
        site: { slug: project.siteSlug, path: `/sites/${encodeURIComponent(project.siteSlug)}` },
        about: { path: '/about' },
        spreadProjects: spreadPaths.length,
      },
      spreadPaths,
      searchTerms: { long, short },
      writeCandidates,
      freshnessMilestone: { ...own, projectSlug: project.slug },
    };
  } finally {
    db.close();
  }
}
