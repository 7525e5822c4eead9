import { describe, expect, it } from 'vitest';
import { expectedReadStatus, noteTargets, type PublicData, readPaths, ruleBreakingSave } from './targets';

const inspection = (id: number, decided: boolean, historical = false) => ({ id, decided, historical, locked: decided && !historical });

const data: PublicData = {
  site: { slug: 'ersha', buildings: [{ slug: 'office' }, { slug: 'warehouse' }] },
  projects: [
    {
      slug: 'office-restoration',
      milestones: [
        { id: 1, kind: 'plan_approval', actual: '2019-05-07', version: 1, inspection: null },
        { id: 2, kind: 'construction_start', actual: '2020-07', version: 3, inspection: null },
        { id: 3, kind: 'midterm_inspection', actual: '2020-08-13', version: 1, inspection: inspection(10, true, true) },
        { id: 4, kind: 'preliminary_acceptance', actual: null, version: 1, inspection: inspection(11, false) },
      ],
    },
    { slug: 'warehouse-initiation', milestones: [{ id: 5, kind: 'proposal_submitted', actual: null, version: 2, inspection: null }] },
  ],
};

describe('readPaths', () => {
  const paths = readPaths(data);

  it('reads every public page in Chinese and the same pages under /en', () => {
    expect(paths.page).toEqual([
      '/',
      '/sites/ersha',
      '/sites/ersha/buildings/office',
      '/sites/ersha/buildings/warehouse',
      '/projects/office-restoration',
      '/projects/warehouse-initiation',
      '/projects/office-restoration/inspections/10',
      '/timeline',
      '/about',
      `/search?q=${encodeURIComponent('二砂')}`,
    ]);
    expect(paths['page-en']).toEqual(paths.page.map((p) => (p === '/' ? '/en' : `/en${p}`)));
  });

  it('opens the opinion of a decided inspection only: an undecided one is not public', () => {
    expect(paths.page.some((p) => p.endsWith('/inspections/11'))).toBe(false);
  });

  it('searches short and long terms, Chinese and Latin, in both languages', () => {
    expect(paths['search-short']).toContain(`/api/v1/search?q=${encodeURIComponent('二砂')}`);
    expect(paths['search-short']).toContain('/api/v1/search?q=ab&lang=en');
    expect(paths['search-long']).toContain(`/api/v1/search?q=${encodeURIComponent('office building')}&lang=en`);
    expect(paths['search-long'].every((p) => [...(new URL(p, 'http://x').searchParams.get('q') ?? '')].length >= 3)).toBe(true);
  });

  it('expects 404 for unknown addresses and 200 for everything else', () => {
    expect(paths['not-found'].length).toBeGreaterThan(3);
    expect(expectedReadStatus('not-found')).toBe(404);
    expect(expectedReadStatus('page')).toBe(200);
    expect(expectedReadStatus('open-data')).toBe(200);
  });
});

describe('noteTargets', () => {
  it('takes milestones without an inspection, with their versions', () => {
    expect(noteTargets(data).map((t) => [t.id, t.version])).toEqual([
      [1, 1],
      [2, 3],
      [5, 2],
    ]);
  });
});

describe('ruleBreakingSave', () => {
  it('moves a mid-term inspection to a year before construction started', () => {
    expect(ruleBreakingSave(data)).toEqual({ id: 3, version: 1, actual: '2019-01-01' });
  });

  it('finds none without a dated construction start', () => {
    expect(ruleBreakingSave({ ...data, projects: [data.projects[1] as PublicData['projects'][number]] })).toBeNull();
  });
});
