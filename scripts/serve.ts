/**
 * The production HTTP server: Next's request handler inside a Node server of our own, for what
 * `next start` does not do. `npm start` prepares the database and the build, then runs this.
 * - a request id on every request: in the `x-request-id` answer header, in every problem+json body
 *   (lib/server/route.ts reads it from the request), and on every log line (JSON, pino);
 * - security headers on every answer (lib/http/security-headers.ts);
 * - one client address, X-Forwarded-For believed only from a trusted proxy (lib/http/client-address.ts);
 * - problem+json refusals for what Next answers bare: a malformed path (400), a method the API
 *   route does not export (405 with Allow), a request Node cannot parse (431/400);
 * - a clean stop on SIGTERM: requests in flight finish, then the database is closed.
 * Compression is done here too (Next's is turned off in next.config.js): the script policy of an
 * HTML page is computed from its bytes before they are compressed.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import compression from 'compression';
import next from 'next';
import { closeServerConnection } from '../db/server-connection';
import { logWhenAnswered } from '../lib/http/access-log';
import { settleClientAddress, trustedProxies } from '../lib/http/client-address';
import { routeConsoleToLog } from '../lib/http/console-to-log';
import { earlyRefusals } from '../lib/http/early-refusals';
import { stopOnSignals } from '../lib/http/graceful-shutdown';
import { holdHtmlForScriptPolicy } from '../lib/http/html-script-policy';
import { createLogger } from '../lib/http/logger';
import { REQUEST_ID_HEADER, requestContext } from '../lib/http/request-context';
import { cameOverHttps, securityHeaders } from '../lib/http/security-headers';
import { answerUnparsableRequest } from '../lib/http/unparsable-requests';

const GRACE_MS = 10_000;

const logger = createLogger();
routeConsoleToLog(logger);

const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });

const compress = compression();
const proxies = trustedProxies();
const refuseEarly = earlyRefusals();

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    // One id per request, ours: an id a client sent is replaced, so a log line can be trusted.
    const reqId = randomUUID();
    req.headers[REQUEST_ID_HEADER] = reqId;
    res.setHeader(REQUEST_ID_HEADER, reqId);
    if (isStopping()) res.setHeader('connection', 'close');
    settleClientAddress(req, proxies);
    const https = cameOverHttps(req.headers, 'encrypted' in req.socket);
    for (const [name, value] of Object.entries(securityHeaders(https))) res.setHeader(name, value);
    requestContext.run({ reqId }, () => {
      logWhenAnswered(logger, req, res, reqId);
      if (refuseEarly(req, res, reqId)) return;
      compress(req as never, res as never, () => {
        holdHtmlForScriptPolicy(res, https, (refused) =>
          logger.warn({ reqId, url: req.url, refused }, "inline scripts not recognised as the framework's: the browser will refuse them"),
        );
        handle(req, res).catch((error: unknown) => {
          logger.error({ reqId, err: error }, 'unhandled error');
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
      });
    });
  });

  const isStopping = stopOnSignals({
    server,
    logger,
    graceMs: GRACE_MS,
    release: async () => {
      await app.close();
      if (closeServerConnection()) logger.info('database closed');
    },
  });

  server.on('clientError', answerUnparsableRequest(logger));
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'the server cannot listen');
    process.exit(1);
  });
  server.listen(port, () => logger.info({ port }, `serving on http://localhost:${port}`));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the server could not start');
  process.exit(1);
});
