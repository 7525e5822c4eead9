import { describe, expect, it } from 'vitest';
import * as codes from '@/lib/domain/codes';
import type { RuleName } from '@/lib/domain/rule-finding';
import zh from '@/messages/zh.json';

/** Every code the data can hold has words for a reader. */
describe('messages/zh.json', () => {
  const labelled: [string, readonly string[]][] = [
    ['level', codes.PROTECTION_LEVELS],
    ['siteCategory', codes.SITE_CATEGORIES],
    ['projectCategory', codes.PROJECT_CATEGORIES],
    ['verdict', codes.VERDICTS],
    ['decision', codes.APPROVAL_DECISIONS],
    ['orgRole', codes.ORGANISATION_ROLES],
    ['adminLevel', codes.ADMIN_LEVELS],
    ['milestone', codes.MILESTONE_KINDS],
    ['criterion', codes.ACCEPTANCE_CRITERIA],
    ['grade', codes.CRITERION_GRADES],
    ['projectStatus', codes.PROJECT_STATUSES],
    ['buildingStatus', codes.BUILDING_STATUSES],
    ['rectificationStatus', codes.RECTIFICATION_STATUSES],
  ];
  for (const [namespace, list] of labelled) {
    it(`labels every ${namespace} code`, () => {
      const labels = (zh as unknown as Record<string, Record<string, string>>)[namespace] ?? {};
      for (const code of list) expect(labels[code], `${namespace}.${code}`).toMatch(/\S/);
    });
  }

  it('has a sentence for every rule finding', () => {
    const rules: RuleName[] = [
      'order',
      'approval_before_start',
      'midterm_window',
      'acceptance_order',
      'verdict_required',
      'rectification_required',
      'reinspection_required',
      'open_rectification',
      'final_needs_preliminary',
      'final_needs_closed_items',
      'approver_level',
      'building_site',
    ];
    expect(Object.keys(zh.rules).sort()).toEqual([...rules].sort());
  });
});
