import { describe, expect, it } from 'vitest';
import { escapePathPercents, hasMalformedPath, isMachinePath, malformedPathProblem } from './malformed-path';

describe('hasMalformedPath', () => {
  it('finds a malformed %-escape in the path only', () => {
    expect(hasMalformedPath('/api/v1/sites/%E0%A4%A')).toBe(true);
    expect(hasMalformedPath('/files/%')).toBe(true);
    expect(hasMalformedPath('/sites/%E4%BA%8C%E7%A0%82')).toBe(false);
    expect(hasMalformedPath('/search?q=%E0%A4%A')).toBe(false); // the query is Next's to parse, leniently
  });

  it('answers problem+json with the request id', () => {
    expect(JSON.parse(malformedPathProblem('r-1'))).toMatchObject({ status: 400, type: '/problems/invalid-input', requestId: 'r-1' });
  });

  it('escapes the % signs of a page address so it names a record that does not exist', () => {
    const escaped = escapePathPercents('/sites/%E0%A4%A?lang=%E4');
    expect(escaped).toBe('/sites/%25E0%25A4%25A?lang=%E4');
    expect(hasMalformedPath(escaped)).toBe(false);
    expect(decodeURIComponent(escaped.split('?')[0] ?? '')).toBe('/sites/%E0%A4%A');
  });

  it('tells machine addresses from pages', () => {
    expect(isMachinePath('/api/v1/sites/x')).toBe(true);
    expect(isMachinePath('/files/1')).toBe(true);
    expect(isMachinePath('/manage/projects/x')).toBe(false);
    expect(isMachinePath('/sites/x')).toBe(false);
  });
});
