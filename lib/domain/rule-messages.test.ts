import { describe, expect, it } from 'vitest';
import { checkApproval, checkProjectBuildings } from './approvals';
import { checkMilestones, type MilestoneFacts, type RuleFinding } from './milestones';
import { formatRuleMessage, ruleMessages, ruleMessageValues } from './rule-messages';

const signed = (verdict: 'qualified' | 'basically_qualified' | 'unqualified'): MilestoneFacts['inspection'] => ({
  verdict,
  signed: true,
  historical: false,
  rectificationItems: [],
});

function only(findings: RuleFinding[]): RuleFinding {
  expect(findings).toHaveLength(1);
  return findings[0] as RuleFinding;
}

describe('ruleMessages', () => {
  it('has a template for every rule in both languages, with the same placeholders', () => {
    const zhRules = Object.keys(ruleMessages.zh).sort();
    expect(Object.keys(ruleMessages.en).sort()).toEqual(zhRules);
    expect(zhRules).toHaveLength(10);
    const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g))].sort();
    for (const rule of zhRules as RuleFinding['rule'][]) {
      expect(placeholders(ruleMessages.en[rule])).toEqual(placeholders(ruleMessages.zh[rule]));
      // An apostrophe is an escape character in ICU messages.
      expect(ruleMessages.en[rule]).not.toContain("'");
    }
  });
});

describe('formatRuleMessage', () => {
  it('renders the mid-term window in both languages', () => {
    const f = only(
      checkMilestones({
        category: 'repair',
        milestones: [
          { id: 1, kind: 'construction_start', planned: null, actual: '2020-07', inspection: null },
          { id: 2, kind: 'midterm_inspection', planned: null, actual: '2020-10-02', inspection: signed('qualified') },
          { id: 3, kind: 'construction_complete', planned: null, actual: '2020-09', inspection: null },
        ],
      }),
    );
    expect(formatRuleMessage(f, 'zh')).toBe('中期检查（2020年10月2日）应在开工（2020年7月）与完工（2020年9月）之间');
    expect(formatRuleMessage(f, 'en')).toBe(
      'The mid-term inspection (2 October 2020) should fall between construction start (July 2020) and completion (September 2020)',
    );
  });

  it('names milestones and shows an unknown date as a dash', () => {
    const order = only(
      checkMilestones({
        category: 'repair',
        milestones: [
          { id: 1, kind: 'construction_start', planned: null, actual: '2020-07-10', inspection: null },
          { id: 2, kind: 'construction_complete', planned: null, actual: '2020-06', inspection: null },
        ],
      }),
    );
    expect(formatRuleMessage(order, 'zh')).toBe('完工（2020年6月）早于开工（2020年7月10日），与工程程序的先后顺序不符');
    expect(formatRuleMessage(order, 'en')).toBe(
      'Construction completion (June 2020) is earlier than construction start (10 July 2020), against the order of the process',
    );
    const window = only(
      checkMilestones({
        category: 'repair',
        milestones: [
          { id: 1, kind: 'construction_start', planned: null, actual: '2020-07', inspection: null },
          { id: 2, kind: 'midterm_inspection', planned: null, actual: '2020-06', inspection: signed('qualified') },
        ],
      }),
    );
    expect(formatRuleMessage(window, 'zh')).toBe('中期检查（2020年6月）应在开工（2020年7月）与完工（—）之间');
  });

  it('renders verdicts, levels and authorities', () => {
    const rect = only(
      checkMilestones({
        category: 'repair',
        milestones: [{ id: 1, kind: 'midterm_inspection', planned: null, actual: '2020-08-13', inspection: signed('basically_qualified') }],
      }),
    );
    expect(formatRuleMessage(rect, 'zh')).toBe('中期检查（2020年8月13日）结论为“基本合格”，应列出整改项');
    expect(formatRuleMessage(rect, 'en')).toBe(
      'Mid-term inspection (13 August 2020) was found basically qualified: rectification items must be listed',
    );

    const approver = only(
      checkApproval({
        subject: 'project',
        date: '2020-01',
        authorityLevel: 'provincial',
        designations: [{ level: 'national', date: '2019-10' }],
      }),
    );
    expect(formatRuleMessage(approver, 'zh')).toBe('2020年1月时该单位为全国重点文物保护单位，立项应由国家文物行政部门审批，实为省级');
    expect(ruleMessageValues(approver, 'en')).toEqual({
      subject: 'project approval',
      date: 'January 2020',
      level: 'major historical and cultural site protected at the national level',
      expected: 'national',
      actual: 'provincial',
    });
  });

  it('passes numbers through', () => {
    const f = only(checkProjectBuildings(1, [{ id: 7, siteId: 2 }]));
    expect(formatRuleMessage(f, 'en')).toBe('Building 7 belongs to another site (2), not to the project site (1)');
  });
});
