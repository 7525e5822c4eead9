import { describe, expect, it } from 'vitest';
import { CrossOriginError } from './errors';
import { assertSameOrigin } from './same-origin';

process.env.PUBLIC_BASE_URL = 'https://heritage.example';

function request(method: string, headers: Record<string, string>): Request {
  return new Request('http://127.0.0.1:3000/api/v1/milestones/1', { method, headers: { host: '127.0.0.1:3000', ...headers } });
}

describe('assertSameOrigin', () => {
  it('lets reads through from anywhere', () => {
    expect(() => assertSameOrigin(request('GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }))).not.toThrow();
  });

  it('lets a write from our own page through', () => {
    expect(() => assertSameOrigin(request('PATCH', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }))).not.toThrow();
  });

  it('takes the scheme from a trusted proxy', () => {
    const proxied = request('POST', { origin: 'https://127.0.0.1:3000', 'x-forwarded-proto': 'https' });
    expect(() => assertSameOrigin(proxied)).not.toThrow();
    expect(() => assertSameOrigin(request('POST', { origin: 'http://127.0.0.1:3000', 'x-forwarded-proto': 'https' }))).toThrow(
      CrossOriginError,
    );
  });

  it('lets a write from the public address through (behind a proxy that rewrites Host)', () => {
    expect(() => assertSameOrigin(request('POST', { origin: 'https://heritage.example' }))).not.toThrow();
  });

  it('lets a write from no browser page through (curl, scripts): it carries no ambient cookie', () => {
    expect(() => assertSameOrigin(request('POST', {}))).not.toThrow();
  });

  it('refuses a write from another origin, a sibling site, or an opaque origin', () => {
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example' },
      { origin: 'http://localhost:3000' }, // another site to the browser
      { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
      { origin: 'https://127.0.0.1:3000' }, // the same host over another scheme
      { origin: 'not a url' },
    ]) {
      expect(() => assertSameOrigin(request('DELETE', headers)), JSON.stringify(headers)).toThrow(CrossOriginError);
    }
  });
});
