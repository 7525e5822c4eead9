/**
 * The security headers of every answer the server sends (scripts/serve.ts sets them before Next
 * runs; an HTML page's script hashes are added when its body is known).
 */

/** Where each kind of content may come from: this origin only, nothing framed, no plugins. */
const POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React writes style attributes (the site plan's positions); styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The Content-Security-Policy, with the hashes of the inline scripts this answer may run. */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], https = false): string {
  const directives = Object.entries(POLICY).map(([name, sources]) =>
    [name, ...sources, ...(name === 'script-src' ? scriptHashes : [])].join(' '),
  );
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export const CONTENT_SECURITY_POLICY = 'content-security-policy';

/** The headers every answer carries; HSTS only over HTTPS, where a browser honours it. */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    [CONTENT_SECURITY_POLICY]: contentSecurityPolicy([], https),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // frame-ancestors says it for current browsers; this for older ones.
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Behind a TLS-terminating proxy the request arrives over plain HTTP; the proxy says so. */
export function cameOverHttps(headers: Record<string, string | string[] | undefined>, encrypted: boolean): boolean {
  const forwarded = headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return encrypted || proto === 'https';
}
