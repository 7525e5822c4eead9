import { describe, expect, it } from 'vitest';
import * as codes from '@/lib/domain/codes';
import type { RuleName } from '@/lib/domain/rule-finding';
import enAbout from '@/messages/en.about.json';
import en from '@/messages/en.json';
import enOpinion from '@/messages/en.opinion.json';
import zhAbout from '@/messages/zh.about.json';
import zh from '@/messages/zh.json';
import zhOpinion from '@/messages/zh.opinion.json';

type Tree = { [key: string]: string | Tree };

/** Every message as `namespace.key` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The argument names a message interpolates ({kind}, {count, plural, …}), not the words inside plural branches. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1] as string).sort();
}

/** Every code the data can hold has words for a reader, in both languages. */
describe.each([
  ['zh', zh],
  ['en', en],
] as const)('messages/%s.json', (_name, messages) => {
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
      const labels = (messages as unknown as Record<string, Record<string, string>>)[namespace] ?? {};
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
    expect(Object.keys(messages.rules).sort()).toEqual([...rules].sort());
  });
});

/** The public side reads in English too: every Chinese string has its English, with the same arguments. */
describe.each([
  ['en.json', zh, en],
  ['en.opinion.json', zhOpinion, enOpinion],
  ['en.about.json', zhAbout, enAbout],
] as const)('messages/%s', (_name, chinese, english) => {
  const zhFlat = flatten(chinese as unknown as Tree);
  const enFlat = flatten(english as unknown as Tree);

  it('has exactly the Chinese keys', () => {
    expect([...enFlat.keys()].sort()).toEqual([...zhFlat.keys()].sort());
  });

  it('is English, with the arguments of the Chinese', () => {
    for (const [key, text] of zhFlat) {
      const translated = enFlat.get(key) ?? '';
      expect(translated, key).toMatch(/\S/);
      expect(translated, `${key} is still Chinese`).not.toMatch(/[\u4e00-\u9fff]/);
      expect(argumentsOf(translated), key).toEqual(argumentsOf(text));
    }
  });
});
