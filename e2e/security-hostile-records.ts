/**
 * A project whose every free-text field holds markup and script, written the way staff and the
 * panel write (the API): the organisation, site, designation, building, project, approval,
 * milestone notes, expert names, grades' remarks, the verdict (conclusion, dissent, findings,
 * rectification items), a rectification note, an amendment's reason, a waiver, and documents
 * (title, English title, file name, a photo's alt text). Each value starts with a tag of its own
 * (⟦key⟧), so a page check finds that one field by its visible text.
 */
import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect } from '@playwright/test';
import sharp from 'sharp';
import { apiFor, createUser } from './accounts';

/** Each breaks out of a different context if a value reaches the page unescaped. */
export const PAYLOADS = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=1">',
  attribute: '"><svg onload=window.__pwned=1>',
  /** Ends an inline <script> (JSON-LD, the RSC payload) and starts one. */
  scriptBreakout: '</script><script>window.__pwned=1</script>',
  singleQuoted: "' onmouseover='window.__pwned=1",
  url: 'javascript:window.__pwned=1',
} as const;

const ALL = [PAYLOADS.script, PAYLOADS.img, PAYLOADS.attribute, PAYLOADS.scriptBreakout, PAYLOADS.singleQuoted].join(' ');

/** Marks in a raw HTML answer that a payload got out as markup (text is escaped: no bare "<"). */
export const RAW_MARKUP = [/<script>window\.__pwned/i, /<img src=x/i, /<svg onload/i];

const tagged = (key: string, ...payloads: string[]) => `⟦${key}⟧ ${payloads.join(' ')}`;

/** The stored values, by field. Lengths stay within each field's limit (100 or 200 for names). */
export const TEXT = {
  // A cell that starts with = + - @ is a formula in a spreadsheet: these fields reach projects.csv.
  orgZh: `-2+3 ${tagged('org.zh', ALL)}`,
  orgEn: tagged('org.en', ALL),
  // A line break followed by a property would add a line to calendar.ics if it were not escaped.
  siteZh: `+${tagged('site.zh', PAYLOADS.scriptBreakout)}\r\nATTACH:https://evil.example/x.ics ${PAYLOADS.img}`,
  siteEn: tagged('site.en', ALL),
  siteAlias: tagged('site.alias', PAYLOADS.attribute),
  siteAliasUrl: tagged('site.alias2', PAYLOADS.url),
  addressZh: tagged('address.zh', ALL),
  addressEn: tagged('address.en', ALL),
  district: tagged('district', PAYLOADS.img),
  siteDescriptionZh: `${tagged('site.description.zh', ALL)} \u2028\u2029 ${PAYLOADS.url} {{constructor.constructor('window.__pwned=1')()}}`,
  siteDescriptionEn: tagged('site.description.en', ALL, PAYLOADS.url),
  designationNumber: tagged('designation.number', PAYLOADS.script),
  designationCode: tagged('designation.code', PAYLOADS.attribute),
  buildingZh: tagged('building.zh', ALL),
  buildingEn: tagged('building.en', ALL),
  buildingAlias: tagged('building.alias', PAYLOADS.scriptBreakout),
  originalUseZh: tagged('use.zh', ALL),
  originalUseEn: tagged('use.en', ALL),
  condition: tagged('condition', ALL),
  buildingDescriptionZh: tagged('building.description.zh', ALL),
  buildingDescriptionEn: tagged('building.description.en', ALL),
  projectZh: `=1+1 ${tagged('project.zh', ALL)}`,
  projectEn: `@SUM(1) ${tagged('project.en', ALL)}`,
  projectDescriptionZh: tagged('project.description.zh', ALL, PAYLOADS.url),
  projectDescriptionEn: tagged('project.description.en', ALL),
  approvalSubjectZh: tagged('approval.zh', ALL),
  approvalSubjectEn: tagged('approval.en', ALL),
  approvalNumber: tagged('approval.number', PAYLOADS.scriptBreakout),
  startNote: tagged('note.start', ALL),
  completeNote: tagged('note.complete', ALL),
  chairName: tagged('chair', PAYLOADS.img),
  memberName: tagged('member', PAYLOADS.attribute),
  remarks: tagged('remarks', ALL),
  conclusion: tagged('conclusion', ALL),
  dissent: tagged('dissent', ALL),
  finding: tagged('finding', ALL),
  item: tagged('item', ALL),
  itemNote: tagged('item.note', ALL),
  amendment: tagged('amendment', ALL),
  waiver: tagged('waiver', ALL),
  pdfZh: tagged('pdf.zh', ALL),
  pdfEn: tagged('pdf.en', ALL),
  photoZh: tagged('photo.zh', ALL),
  photoEn: tagged('photo.en', ALL),
} as const;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n% hostile titles\n');

export interface HostileRecords {
  run: string;
  site: string;
  building: string;
  project: string;
  organisation: string;
  midterm: number;
  amendment: number;
  finalAcceptance: number;
  chair: { email: string };
  staff: APIRequestContext;
  chairApi: APIRequestContext;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Writes the records through the API; every write must be accepted (the text is valid, only hostile). */
export async function writeHostileRecords(baseURL: string): Promise<HostileRecords> {
  const run = randomBytes(3).toString('hex');
  const staff = await apiFor(baseURL, createUser('staff', '存储文本测试员').email);
  // Organisations are kept by administrators.
  const admin = await apiFor(baseURL, createUser('admin', '存储文本管理员').email);
  const chair = createUser('expert', TEXT.chairName);
  const member = createUser('expert', TEXT.memberName);
  const [chairApi, memberApi] = await Promise.all([apiFor(baseURL, chair.email), apiFor(baseURL, member.email)]);
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are checked by the API specs; here only ids are read
  const ok = async (response: Awaited<ReturnType<APIRequestContext['post']>>, what: string): Promise<any> => {
    expect(response.ok(), `${what}: ${await response.text()}`).toBe(true);
    return response.json();
  };
  const r = {
    site: `hostile-site-${run}`,
    building: `hostile-hall-${run}`,
    project: `hostile-project-${run}`,
    organisation: `hostile-org-${run}`,
  };

  await ok(
    await admin.post('/api/v1/organisations', {
      data: { slug: r.organisation, name: { zh: TEXT.orgZh, en: TEXT.orgEn }, kind: 'company' },
    }),
    'organisation',
  );
  await ok(
    await staff.post('/api/v1/sites', {
      data: {
        slug: r.site,
        name: { zh: TEXT.siteZh, en: TEXT.siteEn },
        aliases: [TEXT.siteAlias, TEXT.siteAliasUrl],
        category: 'modern_historic',
        address: { zh: TEXT.addressZh, en: TEXT.addressEn },
        district: TEXT.district,
        description: { zh: TEXT.siteDescriptionZh, en: TEXT.siteDescriptionEn },
      },
    }),
    'site',
  );
  await ok(
    await staff.post(`/api/v1/sites/${r.site}/designations`, {
      data: { level: 'municipal', batch: 3, date: '2015-06', documentNumber: TEXT.designationNumber, officialCode: TEXT.designationCode },
    }),
    'designation',
  );
  await ok(
    await staff.post(`/api/v1/sites/${r.site}/buildings`, {
      data: {
        slug: r.building,
        name: { zh: TEXT.buildingZh, en: TEXT.buildingEn },
        aliases: [TEXT.buildingAlias],
        originalUse: { zh: TEXT.originalUseZh, en: TEXT.originalUseEn },
        condition: TEXT.condition,
        description: { zh: TEXT.buildingDescriptionZh, en: TEXT.buildingDescriptionEn },
      },
    }),
    'building',
  );
  await ok(
    await staff.post('/api/v1/projects', {
      data: {
        site: r.site,
        slug: r.project,
        title: { zh: TEXT.projectZh, en: TEXT.projectEn },
        category: 'repair',
        buildings: [r.building],
        participants: [{ organisation: r.organisation, role: 'contractor' }],
        description: { zh: TEXT.projectDescriptionZh, en: TEXT.projectDescriptionEn },
        published: true,
      },
    }),
    'project',
  );
  await ok(
    await staff.post(`/api/v1/projects/${r.project}/approvals`, {
      data: {
        subject: 'other',
        subjectText: { zh: TEXT.approvalSubjectZh, en: TEXT.approvalSubjectEn },
        date: isoDay(-300),
        documentNumber: TEXT.approvalNumber,
        decision: 'approved',
        buildings: [r.building],
      },
    }),
    'approval',
  );
  // Completion today: the project is among the latest progress on the home page and the timeline.
  await ok(
    await staff.post(`/api/v1/projects/${r.project}/milestones`, {
      data: { kind: 'construction_start', actual: isoDay(-200), note: TEXT.startNote },
    }),
    'start',
  );
  await ok(
    await staff.post(`/api/v1/projects/${r.project}/milestones`, {
      data: { kind: 'construction_complete', actual: isoDay(0), note: TEXT.completeNote },
    }),
    'completion',
  );

  const panel = [
    { email: chair.email, chair: true },
    { email: member.email, chair: false },
  ];
  const scheduled = await ok(
    await staff.post(`/api/v1/projects/${r.project}/inspections`, {
      data: {
        kind: 'midterm_inspection',
        date: isoDay(-100),
        organiser: r.organisation,
        attendees: [{ organisation: r.organisation, role: 'designer' }],
        panel,
      },
    }),
    'midterm',
  );
  const midterm = scheduled.id as number;
  const grades = { assessments: [{ criterion: 'engineering_quality', grade: 'qualified', remarks: TEXT.remarks }] };
  await ok(await chairApi.put(`/api/v1/inspections/${midterm}/assessments/me`, { data: grades }), 'chair grades');
  await ok(await memberApi.put(`/api/v1/inspections/${midterm}/assessments/me`, { data: grades }), 'member grades');
  const decided = await ok(
    await chairApi.put(`/api/v1/inspections/${midterm}/verdict`, {
      data: {
        version: 1,
        verdict: 'basically_qualified',
        unanimous: false,
        dissent: TEXT.dissent,
        conclusion: TEXT.conclusion,
        criteria: [{ criterion: 'engineering_quality', grade: 'qualified' }],
        findings: [{ criterion: 'engineering_quality', text: TEXT.finding }],
        rectificationItems: [{ description: TEXT.item, responsible: r.organisation, due: isoDay(-10) }],
      },
    }),
    'verdict',
  );
  for (const member of [memberApi, chairApi]) {
    await ok(await member.post(`/api/v1/inspections/${midterm}/sign`, { data: { contentHash: decided.verdict.contentHash } }), 'sign');
  }
  const signed = await ok(await staff.get(`/api/v1/inspections/${midterm}`), 'signed record');
  const item = signed.verdict.rectificationItems[0] as { id: number; version: number };
  await ok(
    await staff.post(`/api/v1/rectification-items/${item.id}/submit`, { data: { version: item.version, note: TEXT.itemNote } }),
    'item note',
  );

  const finalAcceptance = (
    await ok(
      await staff.post(`/api/v1/projects/${r.project}/inspections`, {
        data: { kind: 'final_acceptance', date: isoDay(60), organiser: r.organisation, panel, waiver: TEXT.waiver },
      }),
      'final acceptance with a waiver',
    )
  ).id as number;
  const amendment = (
    await ok(await chairApi.post(`/api/v1/inspections/${midterm}/amendments`, { data: { reason: TEXT.amendment } }), 'amendment')
  ).id as number;

  const upload = (fields: Record<string, string>, file: { name: string; mimeType: string; buffer: Buffer }) =>
    staff.post('/api/v1/documents', { multipart: { ...fields, project: r.project, public: 'true', file } });
  await ok(
    await upload(
      { title: TEXT.pdfZh, titleEn: TEXT.pdfEn, kind: 'completion_report' },
      { name: `${PAYLOADS.attribute}.pdf`, mimeType: 'application/pdf', buffer: PDF },
    ),
    'pdf',
  );
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#7a4b2a' } })
    .png()
    .toBuffer();
  await ok(
    await upload(
      { title: TEXT.photoZh, titleEn: TEXT.photoEn, kind: 'photo' },
      { name: `${PAYLOADS.img}.png`, mimeType: 'image/png', buffer: png },
    ),
    'photo',
  );

  await Promise.all([memberApi.dispose(), admin.dispose()]);
  return { run, ...r, midterm, amendment, finalAcceptance, chair, staff, chairApi };
}
