/**
 * Routes console.* through the logger, so that what Next and the libraries print (start-up lines,
 * a page's render error) is a JSON line too, with the id of the request it came from.
 */
import { format } from 'node:util';
import type { Logger } from 'pino';
import { currentRequestId } from './request-context';

const LEVELS = { log: 'info', info: 'info', debug: 'debug', warn: 'warn', error: 'error' } as const;

export function routeConsoleToLog(logger: Logger): void {
  for (const [method, level] of Object.entries(LEVELS) as [keyof typeof LEVELS, (typeof LEVELS)[keyof typeof LEVELS]][]) {
    console[method] = (...args: unknown[]) => {
      const reqId = currentRequestId();
      const err = args.find((arg): arg is Error => arg instanceof Error);
      logger[level]({ ...(reqId ? { reqId } : {}), ...(err ? { err } : {}) }, format(...args));
    };
  }
}
