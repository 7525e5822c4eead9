/**
 * One log line per answered request: method, path, status, time taken, with its request id.
 * A request whose client went away before the answer was sent is logged as such.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export function logWhenAnswered(logger: Logger, req: IncomingMessage, res: ServerResponse, reqId: string): void {
  const started = performance.now();
  const line = () => ({
    reqId,
    req: { method: req.method, url: req.url },
    res: { statusCode: res.statusCode },
    responseTime: Math.round(performance.now() - started),
  });
  res.once('finish', () => {
    const entry = line();
    if (res.statusCode >= 500) logger.error(entry, 'request completed');
    else logger.info(entry, 'request completed');
  });
  res.once('close', () => {
    if (!res.writableFinished) logger.warn(line(), 'request aborted: the client went away before the answer');
  });
}
