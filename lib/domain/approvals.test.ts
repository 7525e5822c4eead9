import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkApproval, checkProjectBuildings, expectedApprover, levelOn, planFilingDue, planFilingRequired } from './approvals';

/** 郑州第二砂轮厂旧址: Henan provincial unit from 2016, 8th national batch 2019-10 (国发〔2019〕22号). */
const ersha = [
  { level: 'national' as const, date: '2019-10' },
  { level: 'provincial' as const, date: '2016' },
];

describe('levelOn', () => {
  it('gives the highest level designated on or before the date', () => {
    expect(levelOn(ersha, '2019-05-07')).toBe('provincial');
    expect(levelOn(ersha, '2019-09-30')).toBe('provincial');
    expect(levelOn(ersha, '2020-01')).toBe('national');
    expect(levelOn(ersha, '2022-05-18')).toBe('national');
  });

  it('counts a designation of the same month (or year, for a coarser date)', () => {
    expect(levelOn(ersha, '2019-10-05')).toBe('national');
    expect(levelOn(ersha, '2019')).toBe('national');
    expect(levelOn(ersha, '2016-03-01')).toBe('provincial');
  });

  it('is null before any designation, and ignores undated ones', () => {
    expect(levelOn(ersha, '2015-12-31')).toBeNull();
    expect(levelOn([], '2020')).toBeNull();
    expect(
      levelOn(
        [
          { level: 'national', date: null },
          { level: 'municipal', date: '2011' },
        ],
        '2020',
      ),
    ).toBe('municipal');
  });
});

describe('expectedApprover', () => {
  it('follows the level of the site', () => {
    expect(expectedApprover('national', 'project')).toBe('national');
    expect(expectedApprover('national', 'plan')).toBe('provincial');
    expect(expectedApprover('provincial', 'project')).toBe('provincial');
    expect(expectedApprover('provincial', 'plan')).toBe('provincial');
    expect(expectedApprover('municipal', 'plan')).toBe('municipal');
    expect(expectedApprover('county', 'project')).toBe('district');
    expect(expectedApprover('ungraded', 'plan')).toBe('district');
  });

  it('requires national filing only for national key sites', () => {
    expect(planFilingRequired('national')).toBe(true);
    expect(planFilingRequired('provincial')).toBe(false);
  });
});

describe('checkApproval', () => {
  const approval = (subject: 'project' | 'plan', date: string, authorityLevel: 'national' | 'provincial') =>
    checkApproval({ subject, date, authorityLevel, designations: ersha });

  it('accepts the provincial bureau approving the 二砂 plan on 2019-05-07', () => {
    expect(approval('plan', '2019-05-07', 'provincial')).toEqual([]);
  });

  it('still accepts a provincial plan approval after the national listing', () => {
    expect(approval('plan', '2020-01', 'provincial')).toEqual([]);
  });

  it('warns when a provincial authority approves the project of a national key site', () => {
    expect(approval('project', '2020', 'provincial')).toEqual([
      {
        rule: 'approver_level',
        severity: 'warning',
        milestoneIds: [],
        message: {
          key: 'rules.approver_level',
          values: { subject: 'project', date: '2020', level: 'national', expected: 'national', actual: 'provincial' },
        },
      },
    ]);
    expect(approval('project', '2020-03-02', 'national')).toEqual([]);
  });

  it('warns when the national administration approves a plan the province should approve', () => {
    expect(approval('plan', '2019-05-07', 'national').map((f) => f.message.values.expected)).toEqual(['provincial']);
  });

  it('says nothing before the site was designated', () => {
    expect(approval('project', '2015', 'national')).toEqual([]);
  });
});

describe('planFilingDue', () => {
  it('counts 10 working days, Monday to Friday', () => {
    expect(planFilingDue('2019-05-07')).toBe('2019-05-21'); // Tuesday to Tuesday
    expect(planFilingDue('2020-08-14')).toBe('2020-08-28'); // from a Friday
    expect(planFilingDue('2020-08-15')).toBe('2020-08-28'); // from a Saturday
    expect(planFilingDue('2019-12-25')).toBe('2020-01-08'); // across the new year (holidays ignored)
  });

  it('needs a full date', () => {
    expect(() => planFilingDue('2019-05')).toThrow(RangeError);
    expect(() => planFilingDue('2019-02-30')).toThrow(RangeError);
  });

  it('always lands on a weekday 12 to 16 days later', () => {
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const from = d.toISOString().slice(0, 10);
        const due = new Date(`${planFilingDue(from)}T00:00:00Z`);
        const days = (due.getTime() - new Date(`${from}T00:00:00Z`).getTime()) / 86_400_000;
        expect([1, 2, 3, 4, 5]).toContain(due.getUTCDay());
        expect(days).toBeGreaterThanOrEqual(12);
        expect(days).toBeLessThanOrEqual(16);
      }),
    );
  });
});

describe('checkProjectBuildings', () => {
  it('flags each building of another site', () => {
    expect(
      checkProjectBuildings(1, [
        { id: 10, siteId: 1 },
        { id: 11, siteId: 2 },
        { id: 12, siteId: 1 },
      ]),
    ).toEqual([
      {
        rule: 'building_site',
        severity: 'error',
        milestoneIds: [],
        message: { key: 'rules.building_site', values: { building: 11, site: 1, buildingSite: 2 } },
      },
    ]);
    expect(checkProjectBuildings(1, [])).toEqual([]);
  });
});
