/**
 * The one logger: JSON lines on standard output (pino), one object per line, with `reqId` on every
 * line written while a request is handled. The HTTP server (scripts/serve.ts) and the app's server
 * code (lib/server/log.ts) each build one from here, so both write the same shape.
 */
import pino, { type Logger } from 'pino';

export function createLogger(): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL || 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Labels ("info", "error") read better than numbers for a person grepping the log.
      formatters: { level: (label) => ({ level: label }) },
      // Never log a credential, even when a careless line passes a whole request.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'password', '*.password'],
    },
    // Written asynchronously: a synchronous write per request cost the server a twelfth of its
    // throughput. Lines queued while a write is under way go out together; pino flushes the queue
    // when the process exits (a clean stop included), and only a SIGKILL can lose its last lines.
    pino.destination({ sync: false }),
  );
}
