import { describe, expect, it } from 'vitest';
import { cameOverHttps, contentSecurityPolicy, securityHeaders } from './security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('runs only our own scripts and the hashed ones: never inline or eval', () => {
    const policy = directives(contentSecurityPolicy(["'sha256-abc='"]));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('upgrades insecure requests only over HTTPS', () => {
    expect(directives(contentSecurityPolicy([], true)).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('securityHeaders', () => {
  it('sends HSTS over HTTPS only', () => {
    expect(securityHeaders(true)['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(securityHeaders(false)).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders(false)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    });
  });

  it('believes the proxy that terminated TLS', () => {
    expect(cameOverHttps({ 'x-forwarded-proto': 'https' }, false)).toBe(true);
    expect(cameOverHttps({ 'x-forwarded-proto': 'https, http' }, false)).toBe(true);
    expect(cameOverHttps({ 'x-forwarded-proto': 'http' }, false)).toBe(false);
    expect(cameOverHttps({}, true)).toBe(true);
  });
});
