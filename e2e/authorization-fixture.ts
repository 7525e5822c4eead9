/**
 * The people and records the authorization matrix (api-authorization.spec.ts) acts on, made
 * through the API the way staff and a panel make them: seven callers, and for the expert
 * endpoints one inspection still being signed and one signed and locked, both with the same
 * two panel members, and documents of every visibility.
 */
import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { apiAs, apiFor, createUser, e2eDatabase } from './accounts';

/**
 * Who calls: no session; a staff member whose account was disabled after signing in (the cookie
 * is still sent); an expert on no panel of ours; a member and the chair of both panels; staff; an admin.
 */
export type Who = 'anonymous' | 'disabled' | 'outsider' | 'member' | 'chair' | 'staff' | 'admin';
export const CALLERS: Who[] = ['anonymous', 'disabled', 'outsider', 'member', 'chair', 'staff', 'admin'];

/**
 * Slugs of this worker's own: a worker that Playwright starts again after a failure makes its
 * records anew rather than colliding with the ones its predecessor made.
 */
const RUN = randomBytes(3).toString('hex');
export const SITE = `matrix-site-${RUN}`;
export const BUILDING = 'matrix-building';
export const ORGANISATION = `matrix-org-${RUN}`;
/** Unpublished: the public and experts are told it does not exist. */
export const PROJECT = `matrix-project-${RUN}`;
/** Published, with the locked inspection and the documents. */
export const PANEL_PROJECT = `matrix-panel-${RUN}`;
/** With the inspection still being signed. */
export const OPEN_PROJECT = `matrix-open-${RUN}`;
/** Where staff schedule an inspection in the matrix. */
export const SCHEDULE_PROJECT = `matrix-schedule-${RUN}`;
export const ORGANISER = 'henan-cultural-heritage-bureau';

export interface Fixture {
  milestoneId: number;
  approvalId: number;
  designationId: number;
  /** Verdict drafted, nobody has signed. */
  openInspection: number;
  /** Signed by both members: locked. */
  lockedInspection: number;
  /** Open rectification items of the locked inspection, one per caller who may submit. */
  submitItems: Record<'staff' | 'admin', number>;
  /** Submitted items, one per caller who may verify. */
  verifyItems: Record<'member' | 'chair' | 'staff' | 'admin', number>;
  documents: {
    /** Private, of the published panel project. */
    private: number;
    /** A private photo, for its WebP variants. */
    privateImage: number;
    /** Public, of the published panel project. */
    public: number;
    /** Marked public, but its project is unpublished. */
    unpublished: number;
    /** The one the matrix renames. */
    patch: number;
    /** One for each caller who may delete. */
    deletable: Record<'staff' | 'admin', number>;
  };
  /** The account the admin disables in the matrix. */
  disableTarget: string;
  /** Panel members' e-mails, to schedule with. */
  panel: { chair: string; member: string };
}

// biome-ignore lint/suspicious/noExplicitAny: fixture responses are read for a few known fields
type Json = any;

export async function must(response: Awaited<ReturnType<APIRequestContext['post']>>, status?: number): Promise<Json> {
  const text = await response.text();
  if (status === undefined) expect(response.ok(), text).toBe(true);
  else expect(response.status(), text).toBe(status);
  return text ? JSON.parse(text) : null;
}

/** A small PDF whose bytes (and so whose stored file) are its own. */
export const pdf = (tag: string) =>
  Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** A real PNG photo of one random colour: its bytes, and so its stored file, are its own. */
export const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: `#${randomBytes(3).toString('hex')}` } })
    .png()
    .toBuffer();

const userId = (email: string) => {
  const db = new Database(e2eDatabase(), { readonly: true });
  try {
    return db.prepare('select id from user where email = ?').pluck().get(email) as string;
  } finally {
    db.close();
  }
};

export async function signInCallers(baseURL: string): Promise<Map<Who, APIRequestContext>> {
  const clients = new Map<Who, APIRequestContext>();
  for (const who of ['anonymous', 'outsider', 'staff', 'admin'] as const) {
    clients.set(who, await apiAs(baseURL, who === 'outsider' ? 'expert' : who));
  }
  const chair = createUser('expert', '矩阵组长');
  const member = createUser('expert', '矩阵专家');
  clients.set('chair', await apiFor(baseURL, chair.email));
  clients.set('member', await apiFor(baseURL, member.email));

  const disabled = createUser('staff', '已停用的工作人员');
  const disabledClient = await apiFor(baseURL, disabled.email);
  await must(await (clients.get('admin') as APIRequestContext).post(`/api/v1/users/${userId(disabled.email)}/disable`, { data: {} }));
  clients.set('disabled', disabledClient);
  panelEmails = { chair: chair.email, member: member.email };
  return clients;
}

let panelEmails: Fixture['panel'];

async function uploadPdf(staff: APIRequestContext, tag: string, fields: Record<string, string>): Promise<number> {
  const created = await staff.post('/api/v1/documents', {
    multipart: {
      title: `矩阵-${tag}`,
      kind: 'other',
      ...fields,
      file: { name: `${tag}.pdf`, mimeType: 'application/pdf', buffer: pdf(tag) },
    },
  });
  return (await must(created, 201)).id;
}

/** A project with its construction started in 2024-03, so that an inspection can follow it. */
async function startedProject(staff: APIRequestContext, slug: string, published: boolean) {
  await must(
    await staff.post('/api/v1/projects', {
      data: { site: SITE, slug, title: { zh: `授权测试工程-${slug}` }, category: 'repair', buildings: [BUILDING], published },
    }),
    201,
  );
  await must(await staff.post(`/api/v1/projects/${slug}/milestones`, { data: { kind: 'construction_start', actual: '2024-03' } }), 201);
}

/** Staff schedule a mid-term inspection; both members assess; the chair drafts the verdict. */
async function draftedInspection(
  clients: Map<Who, APIRequestContext>,
  project: string,
  date: string,
  items: number,
): Promise<{ id: number; contentHash: string; review: Json }> {
  const staff = clients.get('staff') as APIRequestContext;
  const chair = clients.get('chair') as APIRequestContext;
  const { id } = await must(
    await staff.post(`/api/v1/projects/${project}/inspections`, {
      data: {
        kind: 'midterm_inspection',
        date,
        organiser: ORGANISER,
        panel: [
          { email: panelEmails.chair, chair: true },
          { email: panelEmails.member, chair: false },
        ],
      },
    }),
    201,
  );
  for (const who of ['member', 'chair'] as const) {
    await must(
      await (clients.get(who) as APIRequestContext).put(`/api/v1/inspections/${id}/assessments/me`, {
        data: { assessments: [{ criterion: 'engineering_quality', grade: 'basically_qualified' }] },
      }),
    );
  }
  const { version } = await must(await chair.get(`/api/v1/inspections/${id}`));
  const review = await must(
    await chair.put(`/api/v1/inspections/${id}/verdict`, {
      data: {
        version,
        verdict: items ? 'basically_qualified' : 'qualified',
        unanimous: true,
        criteria: [{ criterion: 'engineering_quality', grade: items ? 'basically_qualified' : 'qualified' }],
        findings: [],
        rectificationItems: Array.from({ length: items }, (_, i) => ({ description: `矩阵整改事项${i + 1}`, due: '2025-06-30' })),
      },
    }),
  );
  return { id, contentHash: review.verdict.contentHash, review };
}

export async function makeFixture(clients: Map<Who, APIRequestContext>): Promise<Fixture> {
  const admin = clients.get('admin') as APIRequestContext;
  const staff = clients.get('staff') as APIRequestContext;
  await must(await admin.post('/api/v1/sites', { data: { slug: SITE, name: { zh: '授权测试单位' }, category: 'other' } }), 201);
  const designation = await must(await admin.post(`/api/v1/sites/${SITE}/designations`, { data: { level: 'county', date: '2001' } }), 201);
  await must(await admin.post(`/api/v1/sites/${SITE}/buildings`, { data: { slug: BUILDING, name: { zh: '授权测试建筑' } } }), 201);
  await must(
    await admin.post('/api/v1/organisations', { data: { slug: ORGANISATION, name: { zh: '授权测试公司' }, kind: 'company' } }),
    201,
  );
  await must(
    await admin.post('/api/v1/projects', {
      data: { site: SITE, slug: PROJECT, title: { zh: '授权测试工程' }, category: 'repair', buildings: [BUILDING] },
    }),
    201,
  );
  const milestone = await must(await admin.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind: 'construction_start' } }), 201);
  const approval = await must(
    await admin.post(`/api/v1/projects/${PROJECT}/approvals`, { data: { subject: 'plan', decision: 'approved' } }),
    201,
  );
  for (const [slug, published] of [
    [PANEL_PROJECT, true],
    [OPEN_PROJECT, true],
    [SCHEDULE_PROJECT, false],
  ] as const) {
    await startedProject(staff, slug, published);
  }

  // The locked inspection: six items, two left open to submit, four submitted to verify.
  const locked = await draftedInspection(clients, PANEL_PROJECT, '2024-09-12', 6);
  for (const who of ['member', 'chair'] as const) {
    await must(
      await (clients.get(who) as APIRequestContext).post(`/api/v1/inspections/${locked.id}/sign`, {
        data: { contentHash: locked.contentHash },
      }),
    );
  }
  const items = ((await must(await staff.get(`/api/v1/inspections/${locked.id}`))).verdict.rectificationItems as Json[]).map(
    (r) => r.id as number,
  );
  expect(items).toHaveLength(6);
  const [submitStaff, submitAdmin, ...toVerify] = items as [number, number, ...number[]];
  for (const id of toVerify) {
    await must(await staff.post(`/api/v1/rectification-items/${id}/submit`, { data: { version: 1, note: '已按要求整改完毕' } }));
  }
  const [verifyMember, verifyChair, verifyStaff, verifyAdmin] = toVerify as [number, number, number, number];

  const open = await draftedInspection(clients, OPEN_PROJECT, '2024-10-10', 0);

  const pngUpload = await staff.post('/api/v1/documents', {
    multipart: {
      title: '矩阵-内部照片',
      kind: 'photo',
      public: 'false',
      project: PANEL_PROJECT,
      file: { name: 'private.png', mimeType: 'image/png', buffer: await png() },
    },
  });
  const documents: Fixture['documents'] = {
    private: await uploadPdf(staff, 'private', { public: 'false', project: PANEL_PROJECT }),
    privateImage: (await must(pngUpload, 201)).id,
    public: await uploadPdf(staff, 'public', { public: 'true', project: PANEL_PROJECT }),
    unpublished: await uploadPdf(staff, 'unpublished', { public: 'true', project: PROJECT }),
    patch: await uploadPdf(staff, 'patch', { public: 'false', project: PANEL_PROJECT }),
    deletable: {
      staff: await uploadPdf(staff, 'delete-staff', { public: 'false', project: PANEL_PROJECT }),
      admin: await uploadPdf(staff, 'delete-admin', { public: 'false', project: PANEL_PROJECT }),
    },
  };
  const target = createUser('expert', '待停用的专家');
  return {
    milestoneId: milestone.milestone.id,
    approvalId: approval.approval.id,
    designationId: designation.id,
    openInspection: open.id,
    lockedInspection: locked.id,
    submitItems: { staff: submitStaff, admin: submitAdmin },
    verifyItems: { member: verifyMember, chair: verifyChair, staff: verifyStaff, admin: verifyAdmin },
    documents,
    disableTarget: userId(target.email),
    panel: panelEmails,
  };
}
