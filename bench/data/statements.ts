/**
 * The prepared INSERTs of the bulk load, one per table, with every column it fills named. Raw
 * better-sqlite3 statements rather than Drizzle: millions of rows, and per-row query building would
 * cost more than the writes. Ids are given explicitly, in ascending order, so each table's B-tree
 * only ever appends and later phases know the ids without reading them back.
 * Timestamps are given too: the schema's defaults read the clock, which would make two runs differ.
 */
import type Database from 'better-sqlite3';

const insert = (sqlite: Database.Database, table: string, columns: string[]) =>
  sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);

export function prepareStatements(sqlite: Database.Database) {
  return {
    organisation: insert(sqlite, 'organisations', [
      'id',
      'slug',
      'name_zh',
      'name_en',
      'kind',
      'admin_level',
      'parent_id',
      'created_at',
      'updated_at',
    ]),
    user: insert(sqlite, 'user', ['id', 'name', 'email', 'email_verified', 'role', 'banned', 'created_at', 'updated_at']),
    site: insert(sqlite, 'sites', [
      'id',
      'slug',
      'name_zh',
      'name_en',
      'aliases',
      'category',
      'address_zh',
      'address_en',
      'district',
      'founded_year',
      'description_zh',
      'description_en',
      'created_at',
      'updated_at',
    ]),
    designation: insert(sqlite, 'designations', ['id', 'site_id', 'level', 'batch', 'date', 'issuer_id', 'document_number', 'created_at']),
    building: insert(sqlite, 'buildings', [
      'id',
      'site_id',
      'slug',
      'name_zh',
      'name_en',
      'aliases',
      'original_use_zh',
      'original_use_en',
      'built_year',
      'floor_area_m2',
      'condition',
      'plan_x',
      'plan_y',
      'plan_width',
      'plan_height',
      'position',
      'created_at',
      'updated_at',
    ]),
    project: insert(sqlite, 'projects', [
      'id',
      'slug',
      'site_id',
      'category',
      'title_zh',
      'title_en',
      'description_zh',
      'description_en',
      'published',
      'created_at',
      'updated_at',
    ]),
    projectBuilding: insert(sqlite, 'project_buildings', ['project_id', 'building_id']),
    participant: insert(sqlite, 'project_participants', ['id', 'project_id', 'organisation_id', 'role']),
    approval: insert(sqlite, 'approvals', [
      'id',
      'site_id',
      'project_id',
      'authority_id',
      'date',
      'document_number',
      'subject',
      'subject_text_zh',
      'subject_text_en',
      'decision',
      'created_at',
      'updated_at',
    ]),
    approvalBuilding: insert(sqlite, 'approval_buildings', ['approval_id', 'building_id']),
    milestone: insert(sqlite, 'milestones', [
      'id',
      'project_id',
      'kind',
      'sequence',
      'planned',
      'actual',
      'note_zh',
      'note_en',
      'approval_id',
      'version',
      'created_at',
      'updated_at',
    ]),
    inspection: insert(sqlite, 'inspections', [
      'id',
      'milestone_id',
      'organiser_id',
      'date',
      'verdict',
      'unanimous',
      'dissent',
      'conclusion_zh',
      'conclusion_en',
      'historical',
      'version',
      'created_at',
      'updated_at',
    ]),
    attendee: insert(sqlite, 'inspection_attendees', ['id', 'inspection_id', 'organisation_id', 'role']),
    panelMember: insert(sqlite, 'panel_members', ['id', 'inspection_id', 'user_id', 'display_name', 'chair']),
    criterion: insert(sqlite, 'inspection_criteria', ['inspection_id', 'criterion', 'grade']),
    assessment: insert(sqlite, 'assessments', ['id', 'inspection_id', 'panel_member_id', 'criterion', 'grade', 'remarks', 'updated_at']),
    finding: insert(sqlite, 'inspection_findings', ['id', 'inspection_id', 'criterion', 'text_zh', 'text_en', 'position']),
    item: insert(sqlite, 'rectification_items', [
      'id',
      'inspection_id',
      'description_zh',
      'description_en',
      'responsible_id',
      'due',
      'status',
      'submitted_at',
      'submission_note',
      'submitted_by',
      'verification_note',
      'verified_at',
      'verified_by',
      'version',
      'created_at',
      'updated_at',
    ]),
    signature: insert(sqlite, 'signatures', ['id', 'inspection_id', 'panel_member_id', 'signed_at', 'content_hash']),
    /** Last, once the panel, criteria, findings, items and signatures are in: the lock triggers refuse children after it. */
    lock: sqlite.prepare('update inspections set signed_at = ?, locked_at = ? where id = ?'),
    audit: insert(sqlite, 'audit_events', ['at', 'actor_label', 'action', 'entity', 'entity_id', 'after']),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

/** Next ids per table, starting after whatever the seed wrote. */
export function nextIds(sqlite: Database.Database) {
  const after = (table: string) => ((sqlite.prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n ?? 0) + 1;
  return {
    organisation: after('organisations'),
    site: after('sites'),
    designation: after('designations'),
    building: after('buildings'),
    project: after('projects'),
    participant: after('project_participants'),
    approval: after('approvals'),
    milestone: after('milestones'),
    inspection: after('inspections'),
    attendee: after('inspection_attendees'),
    panelMember: after('panel_members'),
    assessment: after('assessments'),
    finding: after('inspection_findings'),
    item: after('rectification_items'),
    signature: after('signatures'),
  };
}

export type Ids = ReturnType<typeof nextIds>;
