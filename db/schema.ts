/**
 * The whole domain of DOMAIN.md in one schema, so later work adds behaviour, not tables.
 * Dates a record reports are partial-date strings (YYYY, YYYY-MM, YYYY-MM-DD); moments the
 * system itself records (created, signed, audited) are integer epoch milliseconds.
 */
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SEARCH_TYPES } from '../lib/api/search-schema';
import {
  ACCEPTANCE_CRITERIA,
  ADMIN_LEVELS,
  APPROVAL_DECISIONS,
  CRITERION_GRADES,
  DOCUMENT_KINDS,
  MILESTONE_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  PROTECTION_LEVELS,
  RECTIFICATION_STATUSES,
  SITE_CATEGORIES,
  USER_ROLES,
  VERDICTS,
} from '../lib/domain/codes';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () => integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
/** A JSON array of strings (aliases). */
const stringList = (name: string) => text(name, { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`);

// ── Accounts (shape required by better-auth's Drizzle adapter, with its admin plugin's fields) ──

export const user = sqliteTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  role: text('role', { enum: USER_ROLES }),
  banned: integer('banned', { mode: 'boolean' }).default(false),
  banReason: text('ban_reason'),
  banExpires: integer('ban_expires', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const account = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_user_idx').on(t.userId)],
);

export const verification = sqliteTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
);

/** Sign-in attempts per account and per address (better-auth's database rate-limit storage). */
export const rateLimit = sqliteTable('rate_limit', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: integer('last_request').notNull(),
});

// ── Organisations ──

export const organisations = sqliteTable('organisations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en'),
  /** authority (文物行政部门), company, institution, expert_group, other */
  kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
  adminLevel: text('admin_level', { enum: ADMIN_LEVELS }),
  /** An expert group belongs to the authority that convened it. */
  parentId: integer('parent_id').references((): AnySQLiteColumn => organisations.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// ── Sites, designations, buildings ──

export const sites = sqliteTable(
  'sites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    aliases: stringList('aliases'),
    category: text('category', { enum: SITE_CATEGORIES }).notNull(),
    addressZh: text('address_zh'),
    addressEn: text('address_en'),
    /** County-level division, e.g. 中原区 */
    district: text('district'),
    foundedYear: integer('founded_year'),
    descriptionZh: text('description_zh'),
    descriptionEn: text('description_en'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sites_category_idx').on(t.category)],
);

/** A site's level comes from this history, never from a column on the site. */
export const designations = sqliteTable(
  'designations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    level: text('level', { enum: PROTECTION_LEVELS }).notNull(),
    batch: integer('batch'),
    date: text('date'),
    issuerId: integer('issuer_id').references(() => organisations.id),
    documentNumber: text('document_number'),
    officialCode: text('official_code'),
    createdAt: createdAt(),
  },
  (t) => [index('designations_site_idx').on(t.siteId, t.date)],
);

export const buildings = sqliteTable(
  'buildings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    aliases: stringList('aliases'),
    originalUseZh: text('original_use_zh'),
    originalUseEn: text('original_use_en'),
    builtYear: integer('built_year'),
    floorAreaM2: real('floor_area_m2'),
    condition: text('condition'),
    descriptionZh: text('description_zh'),
    descriptionEn: text('description_en'),
    /** Position on the site plan, in plan units of 0–100 on each axis. */
    planX: real('plan_x'),
    planY: real('plan_y'),
    planWidth: real('plan_width'),
    planHeight: real('plan_height'),
    /** Display order on the site page. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('buildings_site_slug_idx').on(t.siteId, t.slug)],
);

// ── Projects ──

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id),
    /** Null when the record does not say (a project still being initiated). */
    category: text('category', { enum: PROJECT_CATEGORIES }),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    descriptionZh: text('description_zh'),
    descriptionEn: text('description_en'),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('projects_site_idx').on(t.siteId),
    index('projects_published_idx').on(t.published),
    // The staff dashboard lists the most recently changed projects.
    index('projects_updated_idx').on(t.updatedAt),
  ],
);

export const projectBuildings = sqliteTable(
  'project_buildings',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.buildingId] }), index('project_buildings_building_idx').on(t.buildingId)],
);

export const projectParticipants = sqliteTable(
  'project_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role', { enum: ORGANISATION_ROLES }).notNull(),
  },
  (t) => [uniqueIndex('project_participants_unique_idx').on(t.projectId, t.organisationId, t.role)],
);

// ── Approvals ──

export const approvals = sqliteTable(
  'approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id),
    /** Null when one approval covers buildings of several projects, or none yet. */
    projectId: integer('project_id').references(() => projects.id),
    authorityId: integer('authority_id').references(() => organisations.id),
    date: text('date'),
    documentNumber: text('document_number'),
    subject: text('subject', { enum: ['project', 'plan', 'plan_filing', 'other'] }).notNull(),
    subjectTextZh: text('subject_text_zh'),
    subjectTextEn: text('subject_text_en'),
    decision: text('decision', { enum: APPROVAL_DECISIONS }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('approvals_site_idx').on(t.siteId), index('approvals_project_idx').on(t.projectId)],
);

export const approvalBuildings = sqliteTable(
  'approval_buildings',
  {
    approvalId: integer('approval_id')
      .notNull()
      .references(() => approvals.id, { onDelete: 'cascade' }),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
  },
  (t) => [primaryKey({ columns: [t.approvalId, t.buildingId] }), index('approval_buildings_building_idx').on(t.buildingId)],
);

// ── Milestones and their inspections ──

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MILESTONE_KINDS }).notNull(),
    /** 1, 2, … among repeatable kinds (a second mid-term inspection); 1 otherwise. */
    sequence: integer('sequence').notNull().default(1),
    planned: text('planned'),
    actual: text('actual'),
    noteZh: text('note_zh'),
    noteEn: text('note_en'),
    approvalId: integer('approval_id').references(() => approvals.id),
    /** Optimistic concurrency: every write checks and bumps it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('milestones_project_kind_seq_idx').on(t.projectId, t.kind, t.sequence),
    index('milestones_actual_idx').on(t.actual),
    // The home page counts accepted projects by their final acceptance and archiving milestones.
    index('milestones_kind_idx').on(t.kind, t.actual),
    index('milestones_planned_idx').on(t.planned),
  ],
);

export const inspections = sqliteTable(
  'inspections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    milestoneId: integer('milestone_id')
      .notNull()
      .references(() => milestones.id),
    organiserId: integer('organiser_id').references(() => organisations.id),
    date: text('date'),
    verdict: text('verdict', { enum: VERDICTS }),
    /** Null when the record does not say. */
    unanimous: integer('unanimous', { mode: 'boolean' }),
    dissent: text('dissent'),
    /** The panel's overall words, e.g. "总体效果较好". */
    conclusionZh: text('conclusion_zh'),
    conclusionEn: text('conclusion_en'),
    /** Imported from a published record rather than decided through the panel workflow. */
    historical: integer('historical', { mode: 'boolean' }).notNull().default(false),
    /** A correction points to the inspection it amends; both stay. */
    amendsId: integer('amends_id').references((): AnySQLiteColumn => inspections.id),
    /** Why an amendment corrects the record it amends; shown beside both. */
    amendmentReason: text('amendment_reason'),
    /** A staff waiver of the final-acceptance preconditions (rule 5), in the staff member's words. */
    waiverReason: text('waiver_reason'),
    /** Who scheduled the inspection or opened the amendment; null for imported records. */
    createdBy: text('created_by').references(() => user.id),
    signedAt: integer('signed_at', { mode: 'timestamp_ms' }),
    lockedAt: integer('locked_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // By the record a correction amends: "is this verdict current?" asks for its corrections. Partial:
  // nearly every inspection amends nothing, and with a NULL in almost every row the planner, once
  // ANALYZE has counted them, judged the full index useless and scanned the table for each verdict.
  (t) => [
    index('inspections_milestone_idx').on(t.milestoneId),
    index('inspections_amends_idx').on(t.amendsId).where(sql`${t.amendsId} is not null`),
  ],
);

/** Units that attended; the organisation may be unknown (the record names only the role). */
export const inspectionAttendees = sqliteTable(
  'inspection_attendees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').references(() => organisations.id),
    role: text('role', { enum: ORGANISATION_ROLES }).notNull(),
  },
  (t) => [index('inspection_attendees_inspection_idx').on(t.inspectionId)],
);

export const panelMembers = sqliteTable(
  'panel_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id),
    /** As printed on the opinion; kept even if the account is later removed. */
    displayName: text('display_name').notNull(),
    chair: integer('chair', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('panel_members_inspection_user_idx').on(t.inspectionId, t.userId), index('panel_members_user_idx').on(t.userId)],
);

/** The panel's conclusion per criterion: public. */
export const inspectionCriteria = sqliteTable(
  'inspection_criteria',
  {
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: ACCEPTANCE_CRITERIA }).notNull(),
    grade: text('grade', { enum: CRITERION_GRADES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.criterion] })],
);

/** One expert's grade per criterion; remarks are private to the panel and staff. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    panelMemberId: integer('panel_member_id')
      .notNull()
      .references(() => panelMembers.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: ACCEPTANCE_CRITERIA }).notNull(),
    grade: text('grade', { enum: CRITERION_GRADES }).notNull(),
    remarks: text('remarks'),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('assessments_member_criterion_idx').on(t.panelMemberId, t.criterion)],
);

/** Problems found, grouped as real opinions group them (engineering quality, archives, …). */
export const inspectionFindings = sqliteTable(
  'inspection_findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: ACCEPTANCE_CRITERIA }).notNull(),
    textZh: text('text_zh').notNull(),
    textEn: text('text_en'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('inspection_findings_inspection_idx').on(t.inspectionId)],
);

export const signatures = sqliteTable(
  'signatures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    panelMemberId: integer('panel_member_id')
      .notNull()
      .references(() => panelMembers.id),
    signedAt: integer('signed_at', { mode: 'timestamp_ms' }).notNull(),
    /** SHA-256 of the verdict content as signed, so a later change is detectable. */
    contentHash: text('content_hash').notNull(),
  },
  // By member too: the public panel list joins each seat to its signature.
  (t) => [
    uniqueIndex('signatures_member_idx').on(t.inspectionId, t.panelMemberId),
    index('signatures_panel_member_idx').on(t.panelMemberId),
  ],
);

export const rectificationItems = sqliteTable(
  'rectification_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en'),
    responsibleId: integer('responsible_id').references(() => organisations.id),
    due: text('due'),
    status: text('status', { enum: RECTIFICATION_STATUSES }).notNull().default('open'),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    submissionNote: text('submission_note'),
    submittedBy: text('submitted_by').references(() => user.id),
    /** The verifier's words: why an item was closed, or why it went back to open. */
    verificationNote: text('verification_note'),
    verifiedAt: integer('verified_at', { mode: 'timestamp_ms' }),
    verifiedBy: text('verified_by').references(() => user.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('rectification_items_inspection_idx').on(t.inspectionId), index('rectification_items_status_idx').on(t.status, t.due)],
);

// ── Documents and sources ──

export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').references(() => projects.id),
    buildingId: integer('building_id').references(() => buildings.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    inspectionId: integer('inspection_id').references(() => inspections.id),
    rectificationItemId: integer('rectification_item_id').references(() => rectificationItems.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    /** Content address under data/files/; never a user-given name. */
    sha256: text('sha256').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** For rectification evidence and building photos. */
    evidence: text('evidence', { enum: ['before', 'after'] }),
    public: integer('public', { mode: 'boolean' }).notNull().default(false),
    uploadedBy: text('uploaded_by').references(() => user.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_project_idx').on(t.projectId),
    index('documents_building_idx').on(t.buildingId),
    index('documents_inspection_idx').on(t.inspectionId),
    // A project's documents hang off any of its records: each owner column is looked up by index.
    index('documents_milestone_idx').on(t.milestoneId),
    index('documents_rectification_item_idx').on(t.rectificationItemId),
  ],
);

export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stable key, so a seed or an import can find the same source again. */
  key: text('key').notNull().unique(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en'),
  publisher: text('publisher'),
  author: text('author'),
  published: text('published'),
  url: text('url'),
  citation: text('citation'),
  createdAt: createdAt(),
});

export const SOURCED_ENTITIES = ['site', 'designation', 'building', 'project', 'approval', 'milestone', 'inspection'] as const;

/** Which source supports which fact of which record. */
export const sourceLinks = sqliteTable(
  'source_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    entity: text('entity', { enum: SOURCED_ENTITIES }).notNull(),
    entityId: integer('entity_id').notNull(),
    /** The fact it supports, e.g. "founded_year", or null for the whole record. */
    fact: text('fact'),
  },
  (t) => [
    uniqueIndex('source_links_unique_idx').on(t.entity, t.entityId, t.sourceId, t.fact),
    index('source_links_source_idx').on(t.sourceId),
  ],
);

// ── Audit ──

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: text('actor_id').references(() => user.id),
    /** Who acted when no user did, e.g. "seed". */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    requestId: text('request_id'),
  },
  (t) => [index('audit_events_entity_idx').on(t.entity, t.entityId), index('audit_events_at_idx').on(t.at)],
);

// ── Search ──

/**
 * What the public search reads: one row per public record (site, building, published project, milestone
 * note, decided verdict, public document), its text in both languages and the filters' values as the read
 * models derive them. Kept in step by lib/server/search-index.ts inside every write's transaction; the FTS5
 * trigram index over it (search_fts, an external-content virtual table with its sync triggers) is created
 * by migration 0004, since Drizzle has no virtual tables.
 */
export const searchDocuments = sqliteTable(
  'search_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type', { enum: SEARCH_TYPES }).notNull(),
    recordId: integer('record_id').notNull(),
    /** The slug of the page a result leads to: the record's own, or its project's or building's. */
    slug: text('slug').notNull(),
    /** Language-neutral path (no locale prefix), with an anchor where the page has one. */
    path: text('path').notNull(),
    siteId: integer('site_id'),
    projectId: integer('project_id'),
    buildingId: integer('building_id'),
    level: text('level', { enum: PROTECTION_LEVELS }),
    status: text('status', { enum: PROJECT_STATUSES }),
    category: text('category', { enum: PROJECT_CATEGORIES }),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    bodyZh: text('body_zh').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    /** A site's or building's other names (二砂), in either language: searched with the title by short terms. */
    aliases: text('aliases').notNull().default(''),
    /** What the record belongs to (its project, building or site), shown with it but not searched: a project's name would match all its parts. */
    contextZh: text('context_zh'),
    contextEn: text('context_en'),
  },
  (t) => [
    uniqueIndex('search_documents_record_idx').on(t.type, t.recordId),
    index('search_documents_project_idx').on(t.projectId),
    index('search_documents_building_idx').on(t.buildingId),
    index('search_documents_site_idx').on(t.siteId),
  ],
);

/** One row: what the index was built from, so a start can tell a stale or missing index and rebuild it. */
export const searchIndexState = sqliteTable('search_index_state', {
  id: integer('id').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  builtAt: integer('built_at', { mode: 'timestamp_ms' }).notNull(),
});

export type Site = typeof sites.$inferSelect;
export type Designation = typeof designations.$inferSelect;
export type Building = typeof buildings.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type Approval = typeof approvals.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
export type Inspection = typeof inspections.$inferSelect;
export type RectificationItem = typeof rectificationItems.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
