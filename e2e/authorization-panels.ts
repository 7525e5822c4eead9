/**
 * The matrix's rows for the expert panels (scheduling, assessments, verdict, signatures,
 * amendments, rectification, the review list), documents and their files, and accounts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type Database from 'better-sqlite3';
import { e2eDatabase } from './accounts';
import { ORGANISER, PANEL_PROJECT, pdf, SCHEDULE_PROJECT, type Who } from './authorization-fixture';
import {
  adminOnly,
  type Endpoint,
  everyone,
  insiders,
  keepers,
  panelAndKeepers,
  rows,
  type Statuses,
  signedIn,
  versionOf,
} from './authorization-matrix';

const withoutSession = { anonymous: 401, disabled: 401 } as const;
/** Only a member of the panel: staff keep the record but do not sit on it. */
const members = (member: number, chair = member): Statuses => ({ ...keepers(403), member, chair });
/** The members of the panel and staff. */
const membersAndKeepers = (ok: number): Statuses => ({ ...withoutSession, outsider: 403, member: ok, chair: ok, staff: ok, admin: ok });

/** An inspection as a write would leave it: its row, grades, verdict, items and signatures. */
const inspectionState = (id: number) => (db: Database.Database) => ({
  inspection: db.prepare('select * from inspections where id = ?').get(id),
  assessments: db.prepare('select * from assessments where inspection_id = ? order by id').all(id),
  criteria: db.prepare('select * from inspection_criteria where inspection_id = ? order by criterion').all(id),
  items: db.prepare('select * from rectification_items where inspection_id = ? order by id').all(id),
  signatures: db.prepare('select * from signatures where inspection_id = ? order by id').all(id),
  amendments: db.prepare('select id from inspections where amends_id = ?').all(id),
});

const VERDICT = {
  verdict: 'qualified',
  unanimous: true,
  criteria: [{ criterion: 'engineering_quality', grade: 'qualified' }],
  findings: [],
  rectificationItems: [],
};

const filesDir = () => path.join(path.dirname(e2eDatabase()), 'files');
/** Whether the bytes of an upload are kept on disk. */
const stored = (bytes: Buffer) => {
  const sha = createHash('sha256').update(bytes).digest('hex');
  return fs.existsSync(path.join(filesDir(), sha.slice(0, 2), sha));
};

const mine = <K extends string>(who: Who, byWho: Record<K, number>, otherwise: K): number =>
  (byWho as Record<string, number>)[who] ?? byWho[otherwise];

/** Panels the caller sits on, from the review list. */
const reviewIds = (body: string) => (JSON.parse(body).items as { id: number }[]).map((i) => i.id);

export const PANEL_ENDPOINTS: Endpoint[] = [
  {
    route: '/api/v1/experts',
    method: 'GET',
    name: 'list the expert accounts',
    expect: keepers(200),
    call: () => ({ path: '/api/v1/experts' }),
  },
  {
    route: '/api/v1/projects/[slug]/inspections',
    method: 'GET',
    name: "list a project's inspections",
    expect: keepers(200),
    call: () => ({ path: `/api/v1/projects/${PANEL_PROJECT}/inspections` }),
  },
  {
    route: '/api/v1/projects/[slug]/inspections',
    method: 'POST',
    // The admin comes after staff: their inspection of the same kind is still open, a rule (422), not a role, refuses the second.
    name: 'schedule an inspection',
    expect: keepers(201, 422),
    call: ({ ids }) => ({
      path: `/api/v1/projects/${SCHEDULE_PROJECT}/inspections`,
      data: {
        kind: 'midterm_inspection',
        date: '2024-11-11',
        organiser: ORGANISER,
        panel: [
          { email: ids.panel.chair, chair: true },
          { email: ids.panel.member, chair: false },
        ],
      },
    }),
    probe: () =>
      rows(
        'select i.* from inspections i join milestones m on m.id = i.milestone_id join projects p on p.id = m.project_id where p.slug = ?',
        SCHEDULE_PROJECT,
      ),
  },
  {
    route: '/api/v1/inspections/[id]',
    method: 'GET',
    name: 'read an inspection being signed',
    expect: panelAndKeepers(200),
    call: ({ ids }) => ({ path: `/api/v1/inspections/${ids.openInspection}` }),
  },
  {
    route: '/api/v1/inspections/[id]',
    method: 'GET',
    name: 'read a locked inspection',
    expect: panelAndKeepers(200),
    call: ({ ids }) => ({ path: `/api/v1/inspections/${ids.lockedInspection}` }),
  },
  {
    route: '/api/v1/review/inspections',
    method: 'GET',
    name: "list one's own panels",
    expect: signedIn(200),
    call: () => ({ path: '/api/v1/review/inspections' }),
    check: (body, who) => {
      const panels = reviewIds(body);
      if (who === 'member' || who === 'chair') expect(panels.length).toBeGreaterThanOrEqual(2);
      else expect(panels).toEqual([]);
    },
  },
  {
    route: '/api/v1/inspections/[id]/assessments/me',
    method: 'PUT',
    name: 'grade an inspection being signed',
    expect: members(200),
    call: ({ ids }) => ({
      path: `/api/v1/inspections/${ids.openInspection}/assessments/me`,
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'qualified' }] },
    }),
    probe: ({ ids }) => inspectionState(ids.openInspection),
  },
  {
    route: '/api/v1/inspections/[id]/assessments/me',
    method: 'PUT',
    name: 'grade a locked inspection',
    expect: members(409),
    call: ({ ids }) => ({
      path: `/api/v1/inspections/${ids.lockedInspection}/assessments/me`,
      data: { assessments: [{ criterion: 'engineering_quality', grade: 'good' }] },
    }),
    probe: ({ ids }) => inspectionState(ids.lockedInspection),
  },
  {
    route: '/api/v1/inspections/[id]/verdict',
    method: 'PUT',
    name: 'record the verdict of an inspection being signed',
    expect: members(403, 200),
    call: ({ ids, db }) => ({
      path: `/api/v1/inspections/${ids.openInspection}/verdict`,
      data: { ...VERDICT, version: versionOf(db, 'inspections', ids.openInspection) },
    }),
    probe: ({ ids }) => inspectionState(ids.openInspection),
  },
  {
    route: '/api/v1/inspections/[id]/verdict',
    method: 'PUT',
    name: 'change the verdict of a locked inspection',
    expect: members(409),
    call: ({ ids, db }) => ({
      path: `/api/v1/inspections/${ids.lockedInspection}/verdict`,
      data: { ...VERDICT, version: versionOf(db, 'inspections', ids.lockedInspection) },
    }),
    probe: ({ ids }) => inspectionState(ids.lockedInspection),
  },
  {
    // A hash of other words: a member passes the panel check and is told the text changed (409), so nothing locks.
    route: '/api/v1/inspections/[id]/sign',
    method: 'POST',
    name: 'sign other words than the verdict',
    expect: members(409),
    call: ({ ids }) => ({ path: `/api/v1/inspections/${ids.openInspection}/sign`, data: { contentHash: '0'.repeat(64) } }),
    probe: ({ ids }) => inspectionState(ids.openInspection),
  },
  {
    route: '/api/v1/inspections/[id]/sign',
    method: 'POST',
    name: 'sign a locked inspection again',
    expect: members(409),
    call: ({ ids, db }) => ({
      path: `/api/v1/inspections/${ids.lockedInspection}/sign`,
      data: { contentHash: db.prepare('select content_hash from signatures where inspection_id = ?').pluck().get(ids.lockedInspection) },
    }),
    probe: ({ ids }) => inspectionState(ids.lockedInspection),
  },
  {
    // Allowed callers are told an unsigned record needs no amendment (409); the others never get that far.
    route: '/api/v1/inspections/[id]/amendments',
    method: 'POST',
    name: 'amend an inspection not yet locked',
    expect: { ...keepers(409), member: 403, chair: 409 },
    call: ({ ids }) => ({ path: `/api/v1/inspections/${ids.openInspection}/amendments`, data: { reason: '授权矩阵：尝试发起更正记录' } }),
    probe: ({ ids }) => inspectionState(ids.openInspection),
  },
  {
    route: '/api/v1/rectification-items/[id]/submit',
    method: 'POST',
    name: 'submit a rectification item',
    expect: keepers(200),
    call: ({ ids, who, db }) => {
      const id = mine(who, ids.submitItems, 'staff');
      return {
        path: `/api/v1/rectification-items/${id}/submit`,
        data: { version: versionOf(db, 'rectification_items', id), note: '授权矩阵：整改完成' },
      };
    },
    probe: ({ ids, who }) => rows('select * from rectification_items where id = ?', mine(who, ids.submitItems, 'staff')),
  },
  {
    route: '/api/v1/rectification-items/[id]/verify',
    method: 'POST',
    name: 'verify a rectification item',
    expect: membersAndKeepers(200),
    call: ({ ids, who, db }) => {
      const id = mine(who, ids.verifyItems, 'member');
      return {
        path: `/api/v1/rectification-items/${id}/verify`,
        data: { version: versionOf(db, 'rectification_items', id), accept: true, note: '授权矩阵：核验属实' },
      };
    },
    probe: ({ ids, who }) => rows('select * from rectification_items where id = ?', mine(who, ids.verifyItems, 'member')),
  },
  {
    route: '/api/v1/users/[id]/disable',
    method: 'POST',
    name: 'disable an account',
    expect: adminOnly(200),
    call: ({ ids }) => ({ path: `/api/v1/users/${ids.disableTarget}/disable`, data: { reason: '授权矩阵' } }),
    probe: ({ ids }) => rows('select banned, ban_reason from user where id = ?', ids.disableTarget),
  },
];

export const DOCUMENT_ENDPOINTS: Endpoint[] = [
  {
    route: '/api/v1/documents',
    method: 'GET',
    name: "list a project's documents, private ones too",
    expect: keepers(200),
    call: () => ({ path: `/api/v1/documents?project=${PANEL_PROJECT}` }),
  },
  {
    route: '/api/v1/documents',
    method: 'POST',
    name: 'upload a document',
    expect: keepers(201),
    call: ({ tag }) => ({
      path: '/api/v1/documents',
      multipart: {
        title: `上传-${tag}`,
        kind: 'other',
        public: 'false',
        project: PANEL_PROJECT,
        file: { name: `${tag}.pdf`, mimeType: 'application/pdf', buffer: pdf(tag) },
      },
    }),
    probe:
      ({ tag }) =>
      (db) => ({ rows: db.prepare('select * from documents where title_zh = ?').all(`上传-${tag}`), kept: stored(pdf(tag)) }),
  },
  {
    route: '/api/v1/documents/[id]',
    method: 'PATCH',
    name: 'rename a document',
    expect: keepers(200),
    call: ({ tag, ids }) => ({ path: `/api/v1/documents/${ids.documents.patch}`, data: { title: `改名-${tag}`, public: true } }),
    probe: ({ ids }) => rows('select * from documents where id = ?', ids.documents.patch),
  },
  {
    route: '/api/v1/documents/[id]',
    method: 'DELETE',
    name: 'delete a document',
    expect: keepers(200),
    call: ({ ids, who }) => ({ path: `/api/v1/documents/${mine(who, ids.documents.deletable, 'staff')}` }),
    probe:
      ({ ids, who }) =>
      (db) => {
        const id = mine(who, ids.documents.deletable, 'staff');
        const row = db.prepare('select * from documents where id = ?').get(id) as { sha256: string } | undefined;
        return { row, kept: row ? fs.existsSync(path.join(filesDir(), row.sha256.slice(0, 2), row.sha256)) : null };
      },
  },
  {
    route: '/files/[id]/[[...variant]]',
    method: 'GET',
    name: 'read a private document',
    expect: insiders(200),
    call: ({ ids }) => ({ path: `/files/${ids.documents.private}` }),
  },
  {
    route: '/files/[id]/[[...variant]]',
    method: 'GET',
    name: "read a private photo's thumbnail",
    expect: insiders(200),
    call: ({ ids }) => ({ path: `/files/${ids.documents.privateImage}/thumb` }),
  },
  {
    route: '/files/[id]/[[...variant]]',
    method: 'GET',
    name: 'read a public document of a published project',
    expect: everyone(200),
    call: ({ ids }) => ({ path: `/files/${ids.documents.public}` }),
  },
  {
    // No panel of the unpublished project: its members are outsiders to it.
    route: '/files/[id]/[[...variant]]',
    method: 'GET',
    name: 'read a public document of an unpublished project',
    expect: { ...everyone(404), staff: 200, admin: 200 },
    call: ({ ids }) => ({ path: `/files/${ids.documents.unpublished}` }),
  },
];
