/**
 * Valid-shaped bodies, one generator per API body (the zod schemas of lib/api/*schemas*.ts), over
 * the records of the throwaway database. They are the starting point the arbitraries mutate one
 * field of; some go through unchanged, so the fuzzer also reaches the rules and the writes.
 */
import fc from 'fast-check';
import {
  ACCEPTANCE_CRITERIA,
  ADMIN_LEVELS,
  APPROVAL_DECISIONS,
  CRITERION_GRADES,
  DOCUMENT_KINDS,
  INSPECTION_KINDS,
  MILESTONE_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  PROJECT_CATEGORIES,
  PROTECTION_LEVELS,
  SITE_CATEGORIES,
  VERDICTS,
} from '../../lib/domain/codes';
import type { Fixtures } from './fixtures';
import { DATE_STRINGS, ODD_STRINGS, SQL_STRINGS } from './values';

/**
 * The version of the record the path names, as it stands when the request is sent (resolved by
 * the runner): a stale version would stop every valid-shaped write at 409, before the rules.
 */
export const LIVE_TABLES = ['milestones', 'inspections', 'rectification_items'] as const;
export type LiveTable = (typeof LIVE_TABLES)[number];
export const liveVersion = (table: LiveTable) => `@version(${table})`;

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** Text a clerk might type, stored text with markup or SQL in it, or anything printable. */
export const textValue = (max: number) =>
  fc.oneof(
    pick(['郑州第二砂轮厂旧址', '办公楼', '橡胶砂轮车间', 'Office building', '中期检查意见', '总体效果较好', '屋面渗漏']),
    pick([...SQL_STRINGS, ...ODD_STRINGS.filter((s) => s.trim())]),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 60) }),
  );
const names = (max: number) => fc.record({ zh: textValue(max), en: optional(nullable(textValue(max))) }, { requiredKeys: ['zh'] });
const twoLanguages = (max: number) => fc.record({ zh: nullable(textValue(max)), en: nullable(textValue(max)) }, { requiredKeys: [] });

/** A new slug: the `fz-` prefix keeps fuzzed records apart from the seeded ones. */
export const freshSlug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,6})?$/).map((s) => `fz-${s}`);
/** A date that the schema accepts, or one of the almost-dates it must refuse. */
const date = fc.oneof({ weight: 3, arbitrary: pick(['2019', '2020-07', '2020-08-13', '2021-05-18', '2024-09-12']) }, pick(DATE_STRINGS));
const dayDate = fc.oneof({ weight: 3, arbitrary: pick(['2026-09-12', '2027-03-01', '2025-12-31']) }, pick(DATE_STRINGS));
const year = fc.oneof(fc.integer({ min: 1, max: 2100 }), pick([1956, 2019]));

export function siteCreate() {
  return fc.record(
    {
      slug: freshSlug,
      name: names(200),
      category: pick(SITE_CATEGORIES),
      aliases: fc.array(textValue(100), { maxLength: 3 }),
      address: twoLanguages(300),
      district: nullable(textValue(100)),
      foundedYear: nullable(year),
      description: twoLanguages(5000),
    },
    { requiredKeys: ['slug', 'name', 'category'] },
  );
}

export const sitePatch = () => siteCreate().map(({ slug: _slug, ...rest }) => rest);

export function designationCreate(fx: Fixtures) {
  return fc.record(
    {
      level: pick(PROTECTION_LEVELS),
      batch: nullable(fc.integer({ min: 1, max: 99 })),
      date: nullable(date),
      issuer: nullable(pick(fx.organisations)),
      documentNumber: nullable(textValue(100)),
      officialCode: nullable(textValue(100)),
    },
    { requiredKeys: ['level'] },
  );
}

export const designationPatch = (fx: Fixtures) => designationCreate(fx).map((body) => body as Partial<typeof body>);

export function buildingCreate() {
  return fc.record(
    {
      slug: freshSlug,
      name: names(200),
      aliases: fc.array(textValue(100), { maxLength: 3 }),
      originalUse: twoLanguages(200),
      builtYear: nullable(year),
      floorAreaM2: nullable(fc.double({ min: 0.5, max: 100_000, noNaN: true })),
      condition: nullable(textValue(2000)),
      description: twoLanguages(5000),
    },
    { requiredKeys: ['slug', 'name'] },
  );
}

export const buildingPatch = () => buildingCreate().map(({ slug: _slug, ...rest }) => rest);

export function organisationCreate() {
  return fc.record(
    { slug: freshSlug, name: names(200), kind: pick(ORGANISATION_KINDS), adminLevel: nullable(pick(ADMIN_LEVELS)) },
    { requiredKeys: ['slug', 'name', 'kind'] },
  );
}

export const organisationPatch = () => organisationCreate().map(({ slug: _slug, ...rest }) => rest);

export function projectCreate(fx: Fixtures) {
  const site = fx.buildings[0]?.site ?? 'none';
  const buildings = fx.buildings.filter((b) => b.site === site).map((b) => b.slug);
  return fc.record(
    {
      site: pick(fx.sites),
      slug: freshSlug,
      title: names(200),
      category: pick(PROJECT_CATEGORIES),
      buildings: fc.uniqueArray(pick(buildings), { minLength: 1, maxLength: 3 }),
      participants: fc.array(fc.record({ organisation: pick(fx.organisations), role: pick(ORGANISATION_ROLES) }), { maxLength: 3 }),
      description: twoLanguages(5000),
      published: fc.boolean(),
    },
    { requiredKeys: ['site', 'title', 'category', 'buildings'] },
  );
}

export const projectPatch = (fx: Fixtures) => projectCreate(fx).map(({ site: _site, slug: _slug, ...rest }) => rest);

export function approvalCreate(fx: Fixtures) {
  return fc.record(
    {
      subject: pick(['project', 'plan', 'plan_filing', 'other'] as const),
      subjectText: twoLanguages(500),
      authority: nullable(pick(fx.organisations)),
      date: nullable(date),
      documentNumber: nullable(textValue(100)),
      decision: pick(APPROVAL_DECISIONS),
      buildings: fc.uniqueArray(pick(fx.buildings.map((b) => b.slug)), { maxLength: 3 }),
    },
    { requiredKeys: ['subject', 'decision'] },
  );
}

export const approvalPatch = (fx: Fixtures) => approvalCreate(fx).map((body) => body as Partial<typeof body>);

export function milestoneCreate() {
  return fc.record(
    { kind: pick(MILESTONE_KINDS), planned: nullable(date), actual: nullable(date), note: nullable(textValue(2000)) },
    { requiredKeys: ['kind'] },
  );
}

export function milestonePatch() {
  return fc.record(
    { planned: nullable(date), actual: nullable(date), note: nullable(textValue(2000)), version: fc.constant(liveVersion('milestones')) },
    { requiredKeys: ['version'] },
  );
}

export function inspectionSchedule(fx: Fixtures) {
  return fc.record(
    {
      kind: pick(INSPECTION_KINDS),
      date: dayDate,
      organiser: pick(fx.organisations),
      attendees: fc.array(fc.record({ organisation: nullable(pick(fx.organisations)), role: pick(ORGANISATION_ROLES) }), { maxLength: 3 }),
      panel: fc
        .shuffledSubarray(fx.expertEmails, { minLength: Math.min(2, fx.expertEmails.length) })
        .map((emails) => emails.map((email, i) => ({ email, chair: i === 0 }))),
      waiver: optional(textValue(2000)),
    },
    { requiredKeys: ['kind', 'date', 'organiser', 'panel'] },
  );
}

export function assessments() {
  return fc.record({
    assessments: fc
      .uniqueArray(pick(ACCEPTANCE_CRITERIA), { minLength: 1, maxLength: ACCEPTANCE_CRITERIA.length })
      .chain((criteria) =>
        fc.tuple(
          ...criteria.map((criterion) =>
            fc.record({ criterion: fc.constant(criterion), grade: pick(CRITERION_GRADES), remarks: nullable(textValue(2000)) }),
          ),
        ),
      ),
  });
}

export function verdict(fx: Fixtures) {
  return fc.record({
    version: fc.constant(liveVersion('inspections')),
    verdict: pick(VERDICTS),
    unanimous: fc.boolean(),
    dissent: nullable(textValue(2000)),
    conclusion: nullable(textValue(2000)),
    criteria: fc
      .uniqueArray(pick(ACCEPTANCE_CRITERIA), { minLength: 1, maxLength: 3 })
      .chain((criteria) =>
        fc.tuple(...criteria.map((criterion) => fc.record({ criterion: fc.constant(criterion), grade: pick(CRITERION_GRADES) }))),
      ),
    findings: fc.array(fc.record({ criterion: pick(ACCEPTANCE_CRITERIA), text: textValue(2000) }), { maxLength: 2 }),
    rectificationItems: fc.array(
      fc.record(
        { description: textValue(1000), responsible: nullable(pick(fx.organisations)), due: dayDate },
        { requiredKeys: ['description', 'due'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
  });
}

export const sign = () => fc.record({ contentHash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), pick(['', 'x'.repeat(64)])) });

export const amendment = () => fc.record({ reason: textValue(2000).map((s) => (s.length < 10 ? `更正理由：${s}，见附件说明` : s)) });

export function rectificationSubmit() {
  return fc.record({ version: fc.constant(liveVersion('rectification_items')), note: textValue(5000) });
}

export function rectificationVerify() {
  return fc.record(
    { version: fc.constant(liveVersion('rectification_items')), accept: fc.boolean(), note: nullable(textValue(5000)) },
    { requiredKeys: ['version', 'accept'] },
  );
}

export function documentPatch() {
  return fc.record({ title: textValue(200), titleEn: nullable(textValue(200)), public: fc.boolean() }, { requiredKeys: [] });
}

export const userDisable = () => fc.record({ reason: textValue(500) }, { requiredKeys: [] });

export function signIn(fx: Fixtures) {
  return fc.record({
    email: fc.oneof(pick(fx.expertEmails), fc.emailAddress(), pick(ODD_STRINGS)),
    password: fc.oneof(pick(['correct horse battery staple', 'wrong password here']), fc.string({ maxLength: 200 })),
  });
}

/** The text fields of an upload (multipart): every value is a string, as a form sends it. */
export function uploadFields(fx: Fixtures) {
  const target = fc.oneof(
    pick(fx.projects).map((project) => ({ project })),
    pick(fx.buildings).map((b) => ({ building: `${b.site}/${b.slug}` })),
    pick(fx.milestones).map((id) => ({ milestone: String(id) })),
    pick(fx.inspections).map((id) => ({ inspection: String(id) })),
    ...(fx.rectificationItems.length ? [pick(fx.rectificationItems).map((id) => ({ rectificationItem: String(id) }))] : []),
  );
  return fc
    .tuple(
      fc.record(
        {
          title: textValue(200),
          titleEn: textValue(200),
          kind: pick(DOCUMENT_KINDS),
          public: pick(['true', 'false', '']),
          evidence: pick(['before', 'after', '']),
        },
        { requiredKeys: ['title', 'kind'] },
      ),
      target,
    )
    .map(([fields, place]) => ({ ...fields, ...place }) as Record<string, string>);
}
