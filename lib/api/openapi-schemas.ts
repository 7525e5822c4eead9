/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of the public DTOs in lib/api/dto.ts. Enums come
 * from lib/domain/codes.ts, so a new code appears here by itself. Objects list what they require
 * and stay open to new fields: a client must ignore what it does not know.
 */
import * as codes from '@/lib/domain/codes';
import { SEARCH_LOCALES, SEARCH_TYPES } from './search-schema';

export type JsonSchema = { [keyword: string]: unknown };

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
const int: JsonSchema = { type: 'integer' };
const bool: JsonSchema = { type: 'boolean' };
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const oneOfCodes = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });
/** The value or null; a $ref cannot take a type list, so it is wrapped, and an enum must list null too. */
const orNull = (schema: JsonSchema): JsonSchema => {
  if ('$ref' in schema) return { anyOf: [schema, { type: 'null' }] };
  const nullable: JsonSchema = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum)) nullable.enum = [...schema.enum, null];
  return nullable;
};
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});

const partialDate = orNull({
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'A partial date: YYYY, YYYY-MM or YYYY-MM-DD; its precision is its length.',
});
const instant = orNull({ type: 'string', format: 'date-time' });
const slugRef = (what: string) => object({ slug: str(), name: ref('LocalizedText') }, what);

export const publicSchemas: Record<string, JsonSchema> = {
  LocalizedText: object({ zh: str(), en: orNull(str('Missing when not translated: show the Chinese.')) }, "A record's own text."),
  OrganisationRef: object({ slug: str(), name: ref('LocalizedText'), adminLevel: orNull(oneOfCodes(codes.ADMIN_LEVELS)) }),
  Source: object({
    key: str(),
    title: ref('LocalizedText'),
    publisher: orNull(str()),
    author: orNull(str()),
    published: partialDate,
    url: orNull(str()),
    citation: orNull(str()),
  }),
  SiteSummary: object({
    slug: str(),
    name: ref('LocalizedText'),
    aliases: list(str()),
    category: oneOfCodes(codes.SITE_CATEGORIES),
    district: orNull(str()),
    level: orNull(oneOfCodes(codes.PROTECTION_LEVELS)),
    batch: orNull(int),
    buildingCount: int,
    projectCount: int,
  }),
  SiteList: object({ items: list(ref('SiteSummary')) }),
  Designation: object({
    id: int,
    level: oneOfCodes(codes.PROTECTION_LEVELS),
    batch: orNull(int),
    date: partialDate,
    issuer: orNull(ref('OrganisationRef')),
    documentNumber: orNull(str('e.g. 国发〔2019〕22号')),
    officialCode: orNull(str()),
  }),
  BuildingSummary: object({
    slug: str(),
    name: ref('LocalizedText'),
    aliases: list(str()),
    originalUse: orNull(ref('LocalizedText')),
    floorAreaM2: orNull({ type: 'number' }),
    status: oneOfCodes(codes.BUILDING_STATUSES),
    plan: orNull(object({ x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number' }, height: { type: 'number' } })),
  }),
  ProjectSummary: object({
    slug: str(),
    title: ref('LocalizedText'),
    category: orNull(oneOfCodes(codes.PROJECT_CATEGORIES)),
    status: oneOfCodes(codes.PROJECT_STATUSES),
    buildings: list(str('building slug')),
  }),
  Approval: object({
    id: int,
    date: partialDate,
    authority: orNull(ref('OrganisationRef')),
    decision: oneOfCodes(codes.APPROVAL_DECISIONS),
    subject: oneOfCodes(['project', 'plan', 'plan_filing', 'other']),
    subjectText: orNull(ref('LocalizedText')),
    documentNumber: orNull(str()),
    buildings: list(str('building slug')),
    project: orNull(str('Set when the approval belongs to another project.')),
  }),
  RectificationItem: object({
    id: int,
    description: ref('LocalizedText'),
    responsible: orNull(ref('OrganisationRef')),
    due: partialDate,
    status: oneOfCodes(codes.RECTIFICATION_STATUSES),
  }),
  Inspection: object(
    {
      id: int,
      decided: bool,
      verdict: orNull(oneOfCodes(codes.VERDICTS)),
      date: partialDate,
      organiser: orNull(ref('OrganisationRef')),
      criteria: list(object({ criterion: oneOfCodes(codes.ACCEPTANCE_CRITERIA), grade: oneOfCodes(codes.CRITERION_GRADES) })),
      signedAt: instant,
      historical: bool,
      locked: bool,
      unanimous: orNull(bool),
      conclusion: orNull(ref('LocalizedText')),
      attendees: list(object({ role: oneOfCodes(codes.ORGANISATION_ROLES), organisation: orNull(ref('OrganisationRef')) })),
      rectificationItems: list(ref('RectificationItem')),
      dissent: orNull(str()),
      findings: list(object({ criterion: oneOfCodes(codes.ACCEPTANCE_CRITERIA), text: ref('LocalizedText') })),
      panel: list(object({ name: str(), chair: bool, signedAt: instant })),
      amends: orNull(
        object({
          id: int,
          date: partialDate,
          signedAt: instant,
          reason: orNull(str()),
          by: orNull(str()),
          at: { type: 'string', format: 'date-time' },
        }),
      ),
    },
    'An inspection or acceptance. Until the panel has signed (or it was imported from a published record) only its date and organiser are filled.',
  ),
  Milestone: object({
    id: int,
    kind: oneOfCodes(codes.MILESTONE_KINDS),
    sequence: int,
    planned: partialDate,
    actual: partialDate,
    version: int,
    note: orNull(ref('LocalizedText')),
    inspection: orNull(ref('Inspection')),
  }),
  RuleFinding: object({
    rule: str('A rule between milestones (DOMAIN.md).'),
    severity: oneOfCodes(['error', 'warning']),
    milestoneIds: list(int),
    message: object({ key: str(), values: { type: 'object', additionalProperties: { type: ['string', 'number'] } } }),
  }),
  ProjectDetail: object({
    slug: str(),
    title: ref('LocalizedText'),
    category: orNull(oneOfCodes(codes.PROJECT_CATEGORIES)),
    status: oneOfCodes(codes.PROJECT_STATUSES),
    published: bool,
    description: orNull(ref('LocalizedText')),
    site: object({ slug: str(), name: ref('LocalizedText'), level: orNull(oneOfCodes(codes.PROTECTION_LEVELS)) }),
    buildings: list(slugRef('A building the project covers.')),
    participants: list(object({ organisation: ref('OrganisationRef'), role: oneOfCodes(codes.ORGANISATION_ROLES) })),
    approvals: list(ref('Approval')),
    milestones: list(ref('Milestone')),
    findings: list(ref('RuleFinding')),
    sources: list(ref('Source')),
    documents: list(ref('Document')),
    rectificationEvidence: list(ref('EvidencePair')),
  }),
  DocumentVariant: object({ url: str(), width: int, height: int }, 'A web-sized rendering of an image (WebP).'),
  Document: object(
    {
      id: int,
      title: ref('LocalizedText'),
      kind: oneOfCodes(codes.DOCUMENT_KINDS),
      mimeType: str(),
      sizeBytes: int,
      url: str('The original file, a path of this site.'),
      image: orNull(object({ width: int, height: int, thumb: ref('DocumentVariant'), variants: list(ref('DocumentVariant')) })),
      evidence: orNull(oneOfCodes(['before', 'after'])),
      rectificationItemId: orNull(int),
    },
    'A public document or photo.',
  ),
  EvidencePair: object(
    {
      item: object({ id: int, description: ref('LocalizedText'), status: oneOfCodes(codes.RECTIFICATION_STATUSES) }),
      before: list(ref('Document')),
      after: list(ref('Document')),
    },
    'A rectification item with its public before and after photos.',
  ),
  TimelineEvent: object({
    date: str(),
    kind: oneOfCodes(['designation', 'approval', 'milestone']),
    code: str('A milestone kind, an approval subject, or a protection level.'),
    detail: orNull(ref('LocalizedText')),
    project: orNull(object({ slug: str(), title: ref('LocalizedText') })),
    verdict: orNull(oneOfCodes(codes.VERDICTS)),
  }),
  SiteDetail: {
    allOf: [
      ref('SiteSummary'),
      object({
        address: orNull(ref('LocalizedText')),
        foundedYear: orNull(int),
        description: orNull(ref('LocalizedText')),
        designations: list(ref('Designation')),
        buildings: list(ref('BuildingSummary')),
        projects: list(ref('ProjectSummary')),
        timeline: list(ref('TimelineEvent')),
        sources: list(ref('Source')),
      }),
    ],
  },
  SearchHit: object(
    {
      type: oneOfCodes(SEARCH_TYPES),
      slug: str('The slug of the page `url` leads to.'),
      title: str('Plain text, never HTML.'),
      titleHighlights: list(ref('TextRange')),
      titleLang: oneOfCodes(SEARCH_LOCALES),
      snippet: str('Plain text around the first match; an ellipsis marks each cut.'),
      highlights: list(ref('TextRange')),
      snippetLang: oneOfCodes(SEARCH_LOCALES),
      url: str('The page of the result, a path of this site in the reader’s language.'),
    },
    'One result. Wrap each highlighted range of the title and snippet in a mark; `*Lang` says when a text fell back to Chinese.',
  ),
  TextRange: {
    type: 'array',
    description: '[start, end) of a match, in UTF-16 code units of the text it marks.',
    prefixItems: [int, int],
    minItems: 2,
    maxItems: 2,
  },
  SearchResults: object({
    query: str('The query as searched: cleaned, cut to 100 characters.'),
    truncated: bool,
    terms: list(str()),
    items: list(ref('SearchHit')),
    total: int,
    totalCapped: { ...bool, description: 'True when there are more than the 1,000 counted.' },
    limit: int,
    offset: int,
  }),
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details.',
    properties: {
      type: str('A URI reference naming the kind of problem, e.g. /problems/not-found.'),
      title: str(),
      status: int,
      detail: str('What went wrong, for a person.'),
      errors: {
        type: 'object',
        description: 'Per parameter or field: what is wrong with it, naming the rule.',
        additionalProperties: list(str()),
      },
      requestId: str('Quote it when reporting a problem.'),
    },
    required: ['type', 'title', 'status', 'detail'],
  },
};
