/**
 * The one place for the sentences that explain rule findings, in both languages.
 * A finding carries codes and raw partial dates (`message.values`) so it stays language-free in the
 * API and the log; `ruleMessageValues` turns them into words for one locale, and the templates use
 * plain `{name}` placeholders, valid ICU for next-intl (`t(key, ruleMessageValues(f, locale))`).
 */
import type { AdminLevel, MilestoneKind, ProtectionLevel, Verdict } from './codes';
import { formatPartialDate, isPartialDate, type Locale } from './partial-date';
import type { RuleFinding, RuleName } from './rule-finding';

type Templates = Record<RuleName, string>;

export const ruleMessages: { zh: Templates; en: Templates } = {
  zh: {
    order: '{kind}（{date}）早于{otherKind}（{otherDate}），与工程程序的先后顺序不符',
    approval_before_start: '{kind}（{date}）早于{otherKind}（{otherDate}）：应先立项批复，再方案批复，然后开工',
    midterm_window: '中期检查（{date}）应在开工（{start}）与完工（{end}）之间',
    acceptance_order: '{kind}（{date}）早于{otherKind}（{otherDate}）：初步验收应在完工之后，终期验收应在最后一次初步验收之后',
    verdict_required: '{kind}（{date}）已填写实际日期，但尚无已签署的结论',
    rectification_required: '{kind}（{date}）结论为“{verdict}”，应列出整改项',
    reinspection_required: '{kind}（{date}）结论为不合格，之后须再次进行{kind}',
    open_rectification: '{kind}（{date}）结论为合格，但此前仍有{count}项整改未核验关闭',
    approver_level: '{date}时该单位为{level}，{subject}应由{expected}文物行政部门审批，实为{actual}',
    building_site: '建筑 {building} 属于另一处文物保护单位（{buildingSite}），不属于本项目所在的单位（{site}）',
  },
  en: {
    order: '{kind} ({date}) is earlier than {otherKind} ({otherDate}), against the order of the process',
    approval_before_start:
      '{kind} ({date}) is earlier than {otherKind} ({otherDate}): the project is approved first, then the plan, then work starts',
    midterm_window: 'The mid-term inspection ({date}) should fall between construction start ({start}) and completion ({end})',
    acceptance_order:
      '{kind} ({date}) is earlier than {otherKind} ({otherDate}): preliminary acceptance follows completion, and final acceptance follows the last preliminary acceptance',
    verdict_required: '{kind} ({date}) has an actual date but no signed verdict',
    rectification_required: '{kind} ({date}) was found {verdict}: rectification items must be listed',
    reinspection_required: '{kind} ({date}) was found unqualified: another {kind} must follow',
    open_rectification: '{kind} ({date}) passed, but earlier rectification items are not verified closed: {count}',
    approver_level: 'Protection level on {date}: {level}. Its {subject} should come from the {expected} authority, not the {actual} one',
    building_site: 'Building {building} belongs to another site ({buildingSite}), not to the project site ({site})',
  },
};

/** Milestone names as they read inside a sentence (English in lower case). */
export const milestoneKindNames: Record<Locale, Record<MilestoneKind, string>> = {
  zh: {
    proposal_submitted: '立项申报',
    project_approval: '立项批复',
    plan_submitted: '方案报批',
    plan_approval: '方案批复',
    plan_filing: '方案备案',
    construction_start: '开工',
    midterm_inspection: '中期检查',
    construction_complete: '完工',
    preliminary_acceptance: '初步验收',
    rectification_closed: '整改完成',
    final_acceptance: '终期验收',
    archived: '归档',
  },
  en: {
    proposal_submitted: 'project proposal',
    project_approval: 'project approval',
    plan_submitted: 'plan submission',
    plan_approval: 'plan approval',
    plan_filing: 'plan filing',
    construction_start: 'construction start',
    midterm_inspection: 'mid-term inspection',
    construction_complete: 'construction completion',
    preliminary_acceptance: 'preliminary acceptance',
    rectification_closed: 'rectification closure',
    final_acceptance: 'final acceptance',
    archived: 'archiving',
  },
};

const verdictNames: Record<Locale, Record<Verdict, string>> = {
  zh: { qualified: '合格', basically_qualified: '基本合格', unqualified: '不合格' },
  en: { qualified: 'qualified', basically_qualified: 'basically qualified', unqualified: 'unqualified' },
};

const levelNames: Record<Locale, Record<ProtectionLevel, string>> = {
  zh: {
    national: '全国重点文物保护单位',
    provincial: '省级文物保护单位',
    municipal: '市级文物保护单位',
    county: '县级文物保护单位',
    ungraded: '未定级不可移动文物',
  },
  en: {
    national: 'major historical and cultural site protected at the national level',
    provincial: 'provincial-level protected site',
    municipal: 'municipal-level protected site',
    county: 'county-level protected site',
    ungraded: 'ungraded immovable cultural relic',
  },
};

const adminNames: Record<Locale, Record<AdminLevel, string>> = {
  zh: { state_council: '国务院', national: '国家', provincial: '省级', municipal: '市级', district: '区县级' },
  en: {
    state_council: 'State Council',
    national: 'national',
    provincial: 'provincial',
    municipal: 'municipal',
    district: 'district or county',
  },
};

const subjectNames: Record<Locale, Record<string, string>> = {
  zh: { project: '立项', plan: '方案' },
  en: { project: 'project approval', plan: 'plan approval' },
};

/** How each value name is put into words; names not listed are shown as they are. */
const renderers: Record<string, (v: string, locale: Locale) => string> = {
  kind: (v, l) => pick(milestoneKindNames[l], v),
  otherKind: (v, l) => pick(milestoneKindNames[l], v),
  date: renderDate,
  otherDate: renderDate,
  start: renderDate,
  end: renderDate,
  verdict: (v, l) => pick(verdictNames[l], v),
  level: (v, l) => pick(levelNames[l], v),
  expected: (v, l) => pick(adminNames[l], v),
  actual: (v, l) => pick(adminNames[l], v),
  subject: (v, l) => pick(subjectNames[l], v),
};

function pick(names: Record<string, string>, code: string): string {
  return names[code] ?? code;
}

/** An empty date value means "not recorded yet" (e.g. no completion date when checking a window). */
function renderDate(v: string, locale: Locale): string {
  return isPartialDate(v) ? formatPartialDate(v, locale) : '—';
}

/** The finding's values in words for one locale, ready for the template. */
export function ruleMessageValues(f: RuleFinding, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(f.message.values)) {
    const render = renderers[name];
    out[name] = render ? render(String(value), locale) : String(value);
  }
  return out;
}

/** The finding as one sentence, without an i18n library. */
export function formatRuleMessage(f: RuleFinding, locale: Locale): string {
  const values = ruleMessageValues(f, locale);
  const text = ruleMessages[locale][f.rule].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
