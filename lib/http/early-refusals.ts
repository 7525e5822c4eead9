/**
 * Requests the server refuses before Next sees them, because Next would answer them bare (a plain
 * 500 or an empty 405): each gets the API's problem+json with the request id instead, or, for a
 * page with a malformed address, the site's 404 page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowedMethods, methodNotAllowedProblem, scanApiRoutes } from './api-methods';
import { escapePathPercents, hasMalformedPath, isMachinePath, malformedPathProblem } from './malformed-path';

/** Returns a check that answers the request and says true when it refused it. */
export function earlyRefusals(apiRoutes = scanApiRoutes()) {
  return (req: IncomingMessage, res: ServerResponse, reqId: string): boolean => {
    const url = req.url ?? '/';
    if (hasMalformedPath(url)) {
      if (isMachinePath(url)) {
        res.writeHead(400, { 'content-type': 'application/problem+json' }).end(malformedPathProblem(reqId));
        return true;
      }
      req.url = escapePathPercents(url); // a page: the site's own 404 in the reader's language
      return false;
    }
    const method = req.method ?? 'GET';
    const allowed = allowedMethods(apiRoutes, url.split('?', 1)[0] ?? '/');
    if (allowed && !allowed.includes(method)) {
      res.writeHead(405, { 'content-type': 'application/problem+json', allow: allowed.join(', ') });
      res.end(methodNotAllowedProblem(method, allowed, reqId));
      return true;
    }
    return false;
  };
}
