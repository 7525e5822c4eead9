import { describe, expect, it } from 'vitest';
import { hasMalformedPath, malformedPathProblem } from './malformed-path';

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
});
