/**
 * The OpenAPI 3.1 description of the public, read-only endpoints: what researchers and other
 * systems may rely on. Served at /api/v1/openapi.json. The writes are for bureau staff and
 * experts signed in to this site and are described in the README, not here.
 */
import * as codes from '@/lib/domain/codes';
import { type JsonSchema, publicSchemas } from './openapi-schemas';
import { SEARCH_LIMIT_DEFAULT, SEARCH_LIMIT_MAX, SEARCH_LOCALES, SEARCH_OFFSET_MAX, SEARCH_TYPES } from './search-schema';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description: string;
  schema: JsonSchema;
  /** A value that answers on the demo data (the 二砂 case): tests call every path with it. */
  example?: string;
}

interface MediaType {
  schema: JsonSchema;
}

interface Response {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Parameter[];
  responses: Record<string, Response>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license?: { name: string; identifier?: string } };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, JsonSchema> };
}

const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string): Record<string, MediaType> => ({ 'application/json': { schema: schemaRef(name) } });
const problem = (description: string): Response => ({
  description,
  content: { 'application/problem+json': { schema: schemaRef('Problem') } },
});
const text = (mediaType: string, description: string, extra: Partial<Response> = {}): Response => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
  ...extra,
});
const slugParameter = (description: string, example: string): Parameter => ({
  name: 'slug',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
  example,
});
const serverError = problem('Something failed on our side; the answer carries a request id and no internals.');
const enumQuery = (name: string, description: string, values: readonly string[]): Parameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', enum: [...values] },
});

const intQuery = (name: string, description: string, minimum: number, maximum: number, fallback: number): Parameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'integer', minimum, maximum, default: fallback },
});

/** The columns of /api/v1/projects.csv, in order: codes for machines, Chinese names beside them for people. */
export const PROJECTS_CSV_COLUMNS = [
  'project_slug',
  'project_title_zh',
  'project_title_en',
  'site_slug',
  'site_name_zh',
  'category',
  'status',
  'milestone_kind',
  'milestone_name_zh',
  'sequence',
  'planned',
  'actual',
  'verdict',
  'verdict_zh',
  'organiser_zh',
] as const;

export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Heritage restoration tracker: public data',
    version: '1.0.0',
    description:
      'Read-only public data of the restoration projects on protected heritage sites: sites, buildings, projects, milestones, approvals and the expert panels’ decided verdicts. Codes and partial dates are those of the domain (see the schemas). Only published projects are shown; an unpublished one answers 404 like an unknown one. Errors are RFC 9457 problem details.',
  },
  servers: [{ url: '/', description: 'This site' }],
  tags: [
    { name: 'records', description: 'Sites and projects as JSON' },
    { name: 'exports', description: 'Files for spreadsheets, feed readers and calendars' },
  ],
  paths: {
    '/api/v1/sites': {
      get: {
        operationId: 'listSites',
        summary: 'Protected sites with their current protection level',
        tags: ['records'],
        responses: { '200': { description: 'Every site', content: json('SiteList') }, '500': serverError },
      },
    },
    '/api/v1/sites/{slug}': {
      get: {
        operationId: 'getSite',
        summary: 'A site: designations, buildings, published projects, timeline and sources',
        tags: ['records'],
        parameters: [slugParameter('The site’s slug', 'zhengzhou-no2-grinding-wheel-factory')],
        responses: { '200': { description: 'The site', content: json('SiteDetail') }, '404': problem('No such site'), '500': serverError },
      },
    },
    '/api/v1/projects/{slug}': {
      get: {
        operationId: 'getProject',
        summary: 'A published project: status, buildings, participants, approvals, milestones with decided verdicts, sources',
        tags: ['records'],
        parameters: [slugParameter('The project’s slug', 'ersha-office-building-restoration')],
        responses: {
          '200': { description: 'The project', content: json('ProjectDetail') },
          '404': problem('No such published project'),
          '500': serverError,
        },
      },
    },
    '/api/v1/search': {
      get: {
        operationId: 'search',
        summary: 'Search sites, buildings, published projects, their findings, milestones and documents',
        tags: ['records'],
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: false,
            description: 'Words to find, Chinese or English; cut to 100 characters',
            schema: { type: 'string' },
            example: '办公楼',
          },
          enumQuery('type', 'Only this kind of record', SEARCH_TYPES),
          enumQuery('level', 'Only sites of this protection level', codes.PROTECTION_LEVELS),
          enumQuery('status', 'Only projects in this status', codes.PROJECT_STATUSES),
          enumQuery('category', 'Only projects of this category', codes.PROJECT_CATEGORIES),
          enumQuery('lang', 'The reader’s language: titles, snippets and URLs in it where the record has it', SEARCH_LOCALES),
          intQuery('limit', 'Results per page', 1, SEARCH_LIMIT_MAX, SEARCH_LIMIT_DEFAULT),
          intQuery('offset', 'How many results to skip', 0, SEARCH_OFFSET_MAX, 0),
        ],
        responses: {
          '200': { description: 'Matches, best first', content: json('SearchResults') },
          '400': problem('A parameter is not valid; `errors` names it and the rule'),
          '500': serverError,
        },
      },
    },
    '/api/v1/projects.csv': {
      get: {
        operationId: 'exportProjectsCsv',
        summary: 'Every milestone of every published project, one row each, as CSV',
        description: `UTF-8 with a byte-order mark (so Excel reads the Chinese), RFC 4180 quoting, CRLF line ends. Columns: ${PROJECTS_CSV_COLUMNS.join(', ')}. Codes as in the schemas; verdict only for decided inspections; organiser is the inspection’s. A cell that would start with =, +, - or @ starts with an apostrophe so that a spreadsheet does not run it. At most the first 10,000 published projects.`,
        tags: ['exports'],
        responses: {
          '200': text('text/csv', 'The CSV file', {
            headers: { 'Content-Disposition': { description: 'attachment; filename="projects.csv"', schema: { type: 'string' } } },
          }),
          '500': serverError,
        },
      },
    },
    '/feed.xml': {
      get: {
        operationId: 'publicUpdatesFeed',
        summary: 'Atom feed of milestones reached and verdicts signed on published projects',
        description:
          'The latest 50, newest first. Each entry has a tag: URI id that never changes, and links to the project page or the printable opinion.',
        tags: ['exports'],
        responses: { '200': text('application/atom+xml', 'An Atom 1.0 feed (RFC 4287)'), '500': serverError },
      },
    },
    '/calendar.ics': {
      get: {
        operationId: 'inspectionCalendar',
        summary: 'Scheduled inspections and acceptances (not yet decided) of published projects, as an iCalendar feed',
        description:
          'All-day events (RFC 5545), one per scheduled inspection or acceptance, with a UID that stays the same for that inspection, so a subscribed calendar updates it.',
        tags: ['exports'],
        parameters: [
          {
            name: 'project',
            in: 'query',
            required: false,
            description: 'Only this published project’s inspections (its slug)',
            schema: { type: 'string', minLength: 1 },
            example: 'ersha-office-building-restoration',
          },
        ],
        responses: {
          '200': text('text/calendar', 'The calendar'),
          '400': problem('`project` is empty'),
          '404': problem('No such published project'),
          '500': serverError,
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'openApiDocument',
        summary: 'This description',
        tags: ['records'],
        responses: { '200': { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: { schemas: publicSchemas },
};
