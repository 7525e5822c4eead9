/**
 * The matrix's rows for the register: public reads, and the records staff keep (sites,
 * designations, buildings, organisations, projects, milestones, approvals, their history).
 */
import { expect } from '@playwright/test';
import { BUILDING, ORGANISATION, PANEL_PROJECT, PROJECT, SCHEDULE_PROJECT, SITE } from './authorization-fixture';
import { adminOnly, type Endpoint, everyone, keepers, rows, type Statuses, signedIn, versionOf } from './authorization-matrix';

/** Unpublished projects never show in what anyone without staff rights can read. */
const hidesUnpublished = (body: string) => {
  expect(body).not.toContain(PROJECT);
  expect(body).not.toContain(SCHEDULE_PROJECT);
};

const onlyKeepersSeeUnpublished: Statuses = { ...everyone(404), staff: 200, admin: 200 };

export const PUBLIC_READS: Endpoint[] = [
  { route: '/api/v1/sites', method: 'GET', name: 'list the sites', expect: everyone(200), call: () => ({ path: '/api/v1/sites' }) },
  {
    route: '/api/v1/sites/[slug]',
    method: 'GET',
    name: 'read a site',
    expect: everyone(200),
    call: () => ({ path: `/api/v1/sites/${SITE}` }),
    check: hidesUnpublished,
  },
  {
    route: '/api/v1/projects/[slug]',
    method: 'GET',
    name: 'read a published project',
    expect: everyone(200),
    call: () => ({ path: `/api/v1/projects/${PANEL_PROJECT}` }),
  },
  {
    route: '/api/v1/projects/[slug]',
    method: 'GET',
    name: 'read an unpublished project',
    expect: onlyKeepersSeeUnpublished,
    call: () => ({ path: `/api/v1/projects/${PROJECT}` }),
  },
  {
    route: '/api/v1/search',
    method: 'GET',
    name: 'search',
    expect: everyone(200),
    call: () => ({ path: `/api/v1/search?q=${encodeURIComponent('授权测试工程')}` }),
    check: hidesUnpublished,
  },
  {
    route: '/api/v1/openapi.json',
    method: 'GET',
    name: 'read the API description',
    expect: everyone(200),
    call: () => ({ path: '/api/v1/openapi.json' }),
  },
  {
    route: '/api/v1/projects.csv',
    method: 'GET',
    name: 'download the projects table',
    expect: everyone(200),
    call: () => ({ path: '/api/v1/projects.csv' }),
    check: hidesUnpublished,
  },
  {
    route: '/feed.xml',
    method: 'GET',
    name: 'read the feed',
    expect: everyone(200),
    call: () => ({ path: '/feed.xml' }),
    check: hidesUnpublished,
  },
  {
    route: '/calendar.ics',
    method: 'GET',
    name: 'read the calendar',
    expect: everyone(200),
    call: () => ({ path: '/calendar.ics' }),
    check: hidesUnpublished,
  },
  { route: '/api/health', method: 'GET', name: 'read the health', expect: everyone(200), call: () => ({ path: '/api/health' }) },
  // An /api/ address no route answers: the same 404 for every caller and method, and nothing written.
  ...(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).map(
    (method): Endpoint => ({
      route: '/api/[...path]',
      method,
      name: 'ask for an endpoint that does not exist',
      expect: everyone(404),
      call: ({ tag }) => ({ path: '/api/v1/no-such-endpoint', ...(method === 'GET' ? {} : { data: { slug: `nowhere-${tag}` } }) }),
      ...(method === 'GET' ? {} : { probe: () => rows("select count(*) from audit_events where after like '%nowhere-%'") }),
    }),
  ),
];

export const RECORD_ENDPOINTS: Endpoint[] = [
  {
    route: '/api/v1/sites',
    method: 'POST',
    name: 'create a site',
    expect: keepers(201),
    call: ({ tag }) => ({ path: '/api/v1/sites', data: { slug: `site-${tag}`, name: { zh: '测试文物保护单位' }, category: 'other' } }),
    probe: ({ tag }) => rows('select * from sites where slug = ?', `site-${tag}`),
  },
  {
    route: '/api/v1/sites/[slug]',
    method: 'PATCH',
    name: 'edit a site',
    expect: keepers(200),
    call: ({ tag }) => ({ path: `/api/v1/sites/${SITE}`, data: { district: `区-${tag}` } }),
    probe: () => rows('select * from sites where slug = ?', SITE),
  },
  {
    route: '/api/v1/sites/[slug]/designations',
    method: 'POST',
    name: 'add a designation',
    expect: keepers(201),
    call: ({ tag }) => ({
      path: `/api/v1/sites/${SITE}/designations`,
      data: { level: 'municipal', date: '2011', documentNumber: `doc-${tag}` },
    }),
    probe: ({ tag }) => rows('select * from designations where document_number = ?', `doc-${tag}`),
  },
  {
    route: '/api/v1/designations/[id]',
    method: 'PATCH',
    name: 'edit a designation',
    expect: keepers(200),
    call: ({ tag, ids }) => ({ path: `/api/v1/designations/${ids.designationId}`, data: { officialCode: `code-${tag}` } }),
    probe: ({ ids }) => rows('select * from designations where id = ?', ids.designationId),
  },
  {
    route: '/api/v1/sites/[slug]/buildings',
    method: 'POST',
    name: 'add a building',
    expect: keepers(201),
    call: ({ tag }) => ({ path: `/api/v1/sites/${SITE}/buildings`, data: { slug: `building-${tag}`, name: { zh: '测试建筑' } } }),
    probe: ({ tag }) => rows('select * from buildings where slug = ?', `building-${tag}`),
  },
  {
    route: '/api/v1/sites/[slug]/buildings/[building]',
    method: 'PATCH',
    name: 'edit a building',
    expect: keepers(200),
    call: ({ tag }) => ({ path: `/api/v1/sites/${SITE}/buildings/${BUILDING}`, data: { condition: `现状-${tag}` } }),
    probe: () => rows('select * from buildings where slug = ?', BUILDING),
  },
  {
    route: '/api/v1/organisations',
    method: 'GET',
    name: 'list the organisations (a chair names the unit responsible for an item)',
    expect: signedIn(200),
    call: () => ({ path: '/api/v1/organisations' }),
  },
  {
    route: '/api/v1/organisations',
    method: 'POST',
    name: 'register an organisation',
    expect: adminOnly(201),
    call: ({ tag }) => ({ path: '/api/v1/organisations', data: { slug: `org-${tag}`, name: { zh: '测试单位' }, kind: 'company' } }),
    probe: ({ tag }) => rows('select * from organisations where slug = ?', `org-${tag}`),
  },
  {
    route: '/api/v1/organisations/[slug]',
    method: 'PATCH',
    name: 'edit an organisation',
    expect: adminOnly(200),
    call: ({ tag }) => ({ path: `/api/v1/organisations/${ORGANISATION}`, data: { name: { zh: `测试单位-${tag}` } } }),
    probe: () => rows('select * from organisations where slug = ?', ORGANISATION),
  },
  {
    route: '/api/v1/projects',
    method: 'POST',
    name: 'open a project',
    expect: keepers(201),
    call: ({ tag }) => ({
      path: '/api/v1/projects',
      data: { site: SITE, slug: `project-${tag}`, title: { zh: '测试工程' }, category: 'repair', buildings: [BUILDING] },
    }),
    probe: ({ tag }) => rows('select * from projects where slug = ?', `project-${tag}`),
  },
  {
    route: '/api/v1/projects/[slug]',
    method: 'PATCH',
    name: 'edit a project',
    expect: keepers(200),
    call: ({ tag }) => ({ path: `/api/v1/projects/${PROJECT}`, data: { description: { zh: `说明-${tag}` } } }),
    probe: () => rows('select * from projects where slug = ?', PROJECT),
  },
  {
    route: '/api/v1/projects/[slug]/milestones',
    method: 'POST',
    name: 'add a milestone',
    expect: keepers(201),
    call: ({ tag }) => ({ path: `/api/v1/projects/${PROJECT}/milestones`, data: { kind: 'midterm_inspection', note: `note-${tag}` } }),
    probe: ({ tag }) => rows('select * from milestones where note_zh = ?', `note-${tag}`),
  },
  {
    route: '/api/v1/milestones/[id]',
    method: 'PATCH',
    name: 'edit a milestone',
    expect: keepers(200),
    call: ({ tag, ids, db }) => ({
      path: `/api/v1/milestones/${ids.milestoneId}`,
      data: { note: `by-${tag}`, version: versionOf(db, 'milestones', ids.milestoneId) },
    }),
    probe: ({ ids }) => rows('select * from milestones where id = ?', ids.milestoneId),
  },
  {
    route: '/api/v1/projects/[slug]/approvals',
    method: 'POST',
    name: 'add an approval',
    expect: keepers(201),
    call: ({ tag }) => ({
      path: `/api/v1/projects/${PROJECT}/approvals`,
      data: { subject: 'plan', decision: 'approved', documentNumber: `approval-${tag}` },
    }),
    probe: ({ tag }) => rows('select * from approvals where document_number = ?', `approval-${tag}`),
  },
  {
    route: '/api/v1/approvals/[id]',
    method: 'PATCH',
    name: 'edit an approval',
    expect: keepers(200),
    call: ({ tag, ids }) => ({ path: `/api/v1/approvals/${ids.approvalId}`, data: { subjectText: { zh: `事项-${tag}` } } }),
    probe: ({ ids }) => rows('select * from approvals where id = ?', ids.approvalId),
  },
  {
    route: '/api/v1/projects/[slug]/history',
    method: 'GET',
    name: 'read a project history',
    expect: keepers(200),
    call: () => ({ path: `/api/v1/projects/${PROJECT}/history` }),
  },
  {
    route: '/api/v1/milestones/[id]/history',
    method: 'GET',
    name: 'read a milestone history',
    expect: keepers(200),
    call: ({ ids }) => ({ path: `/api/v1/milestones/${ids.milestoneId}/history` }),
  },
  {
    route: '/api/v1/manage/dashboard',
    method: 'GET',
    name: 'read the dashboard',
    expect: keepers(200),
    call: () => ({ path: '/api/v1/manage/dashboard' }),
  },
];
