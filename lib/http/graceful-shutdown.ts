/**
 * A clean stop on SIGTERM or SIGINT: take no new connection, let every request in flight finish,
 * then close the database and exit 0. A request still running after the grace period is cut off,
 * so a stuck client cannot hold a deployment forever.
 */
import type { Server } from 'node:http';
import type { Logger } from 'pino';

export interface ShutdownOptions {
  server: Server;
  logger: Logger;
  /** How long requests in flight may take to finish. */
  graceMs: number;
  /** Runs once no request is left: closing the database and the framework. */
  release: () => Promise<void> | void;
}

/** Installs the signal handlers; returns whether the server is stopping, for answers that should close their connection. */
export function stopOnSignals({ server, logger, graceMs, release }: ShutdownOptions): () => boolean {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing the requests in flight');
    // Keep-alive sockets idle between requests would keep close() waiting: close each as it goes idle.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cutOff = setTimeout(() => {
      logger.warn({ graceMs }, 'requests still running after the grace period: closing their connections');
      server.closeAllConnections();
    }, graceMs);
    server.close(async () => {
      clearInterval(idle);
      clearTimeout(cutOff);
      try {
        await release();
        logger.info('stopped cleanly');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'shutdown failed while releasing resources');
        process.exit(1);
      }
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return () => stopping;
}
