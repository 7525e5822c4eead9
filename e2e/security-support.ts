/**
 * What the security specs share: the headers every answer must carry (read from a parsed
 * Content-Security-Policy, not matched as a string), a recorder of CSP violations in the browser,
 * and the marks of internals that an error answer must never show.
 */
import { type BrowserContext, expect, type Page } from '@playwright/test';

/** A year, the least max-age HSTS preload lists and scanners accept. */
export const HSTS_MIN_SECONDS = 31_536_000;

/** A policy as directive → source list, names lower-cased (CSP directive names are case-insensitive). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first of a repeated directive is the one that applies (CSP3 §2.2.1).
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that let any script run, whatever else the list says. */
const UNSAFE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*'];
/** Whole schemes: any script from any host (ignored by browsers only under 'strict-dynamic'). */
const SCHEME_SOURCES = ['http:', 'https:', 'data:', 'blob:', 'filesystem:'];

/** What is wrong with a response's security headers; empty when nothing is. */
export function securityHeaderProblems(headers: Record<string, string>, overHttps: boolean): string[] {
  const problems: string[] = [];
  const policy = headers['content-security-policy'];
  if (!policy) {
    problems.push('no Content-Security-Policy');
  } else {
    const csp = parseCsp(policy);
    const script = csp.get('script-src') ?? csp.get('default-src');
    if (!script) problems.push('CSP has neither script-src nor default-src: any script may run');
    for (const source of script ?? []) {
      const lower = source.toLowerCase();
      if (UNSAFE_SCRIPT_SOURCES.includes(lower)) problems.push(`CSP script-src allows ${source}`);
      if (SCHEME_SOURCES.includes(lower) && !script?.includes("'strict-dynamic'"))
        problems.push(`CSP script-src allows every ${source} script`);
    }
    const exactly = (name: string, allowed: string[]) => {
      const value = csp.get(name);
      if (value?.length !== 1 || !allowed.includes(value[0] as string)) {
        problems.push(`CSP ${name} is ${value ? `"${value.join(' ')}"` : 'missing'}, not ${allowed.join(' or ')}`);
      }
    };
    exactly('frame-ancestors', ["'none'"]);
    exactly('object-src', ["'none'"]);
    exactly('base-uri', ["'self'", "'none'"]);
  }
  if (headers['x-content-type-options']?.toLowerCase() !== 'nosniff') {
    problems.push(`X-Content-Type-Options is ${headers['x-content-type-options'] ?? 'missing'}`);
  }
  if (headers['referrer-policy']?.toLowerCase() !== 'strict-origin-when-cross-origin') {
    problems.push(`Referrer-Policy is ${headers['referrer-policy'] ?? 'missing'}`);
  }
  const hsts = headers['strict-transport-security'];
  if (overHttps) {
    const maxAge = Number(/(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(hsts ?? '')?.[1] ?? Number.NaN);
    if (!(maxAge >= HSTS_MIN_SECONDS)) problems.push(`Strict-Transport-Security over https is ${hsts ?? 'missing'}`);
  } else if (hsts !== undefined) {
    // Over plain http a browser ignores it; sending it says the server cannot tell the two apart.
    problems.push(`Strict-Transport-Security sent over plain http: ${hsts}`);
  }
  return problems;
}

export interface CspWatch {
  /** Violations seen so far: reported to the page (securitypolicyviolation) and logged to its console. */
  violations(page: Page): Promise<string[]>;
}

/**
 * Records every CSP violation in a context's pages from the first byte: an init script listens for
 * `securitypolicyviolation` before any of the page's own scripts run, and the console's "Refused to
 * … Content Security Policy" errors are kept too (Chromium logs some that fire no event).
 */
export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const logged = new WeakMap<Page, string[]>();
  const listen = (page: Page) => {
    const list: string[] = [];
    logged.set(page, list);
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) list.push(message.text());
    });
  };
  context.pages().forEach(listen);
  context.on('page', listen);
  return {
    async violations(page) {
      const reported = await page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
      return [...reported, ...(logged.get(page) ?? [])];
    },
  };
}

/** Waits for the page to settle, then fails with every violation it recorded. */
export async function expectNoCspViolation(watch: CspWatch, page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await watch.violations(page), `CSP violations on ${page.url()}`).toEqual([]);
}

/**
 * Proof the page's React tree hydrated under the policy: React marks each DOM node it owns with
 * a `__reactFiber$…` key, which only the client runtime sets.
 */
export async function expectHydrated(page: Page, selector: string): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber$'))),
      {
        message: `${selector} on ${page.url()} is hydrated by React`,
      },
    )
    .toBe(true);
}

/**
 * Marks of internals in an error answer: a stack frame, a source or server path, a driver's error
 * name, SQL. Each is a regular expression with a name, so a failure says which one matched.
 */
export const INTERNALS: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:|node:|\/|[A-Za-z]:\\)[^)\n]*:\d+:\d+/],
  ['source file with line', /\.(?:ts|tsx|js|mjs|cjs):\d+(?::\d+)?/],
  ['server path', /(?:\/(?:home|root|work|srv|opt|usr|var|tmp)\/[\w.-]+\/|node_modules|[A-Za-z]:\\\\)/],
  ['error class', /\b(?:SqliteError|TypeError|ReferenceError|SyntaxError|RangeError|ZodError|DrizzleError|BetterAuthError)\b/],
  ['SQLite code', /\bSQLITE_[A-Z_]+\b/],
  ['SQL', /\b(?:select\s[\s\S]{0,200}?\sfrom\s+["`\w]|insert\s+into\s|update\s+["`\w]+\s+set\s|delete\s+from\s)/i],
  ['stack property', /"stack"\s*:/],
];

/** The names of the internals a body shows. */
export function internalsIn(body: string): string[] {
  return INTERNALS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}
