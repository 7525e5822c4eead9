import { describe, expect, it } from 'vitest';
import { milestoneWriteTags } from './mutations';
import { dashboardQuery, keyOf, milestoneHistoryQuery, projectHistoryQuery, projectQuery } from './queries';

describe('query contracts', () => {
  it('derive each react-query key from its tag', () => {
    for (const q of [dashboardQuery(), projectQuery('a-b'), projectHistoryQuery('a-b'), milestoneHistoryQuery(12)]) {
      expect(q.key).toEqual(q.tag.split(':'));
    }
  });

  it('nest a history under its record, so invalidating the record refreshes its history', () => {
    const project = projectQuery('office').key;
    expect(projectHistoryQuery('office').key.slice(0, project.length)).toEqual(project);
  });

  it('name every query a milestone save makes stale', () => {
    const stale = milestoneWriteTags('office', 12).map(keyOf);
    const covers = (key: readonly string[]) => stale.some((prefix) => prefix.every((part, i) => key[i] === part));
    expect(covers(projectQuery('office').key)).toBe(true);
    expect(covers(projectHistoryQuery('office').key)).toBe(true);
    expect(covers(milestoneHistoryQuery(12).key)).toBe(true);
    expect(covers(dashboardQuery().key)).toBe(true);
    expect(covers(milestoneHistoryQuery(13).key)).toBe(false);
  });

  it('keep project tags apart from the id-based server tags (project:3)', () => {
    expect(projectQuery('12').tag).not.toBe('project:12');
  });
});
