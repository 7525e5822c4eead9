/**
 * The public readers: one autocannon instance per read kind, each with its share of the
 * connections, taking that kind's paths in turn. Unlike bench/run/load.ts (one kind, latencies
 * only) each answer is checked against the status its kind must have, and an answer that is not
 * (a 5xx above all) is kept with its path and its request id, to be found in the server's log.
 */
import autocannon, { type Instance, type Request } from 'autocannon';
import { REQUEST_TIMEOUT_MS } from './client';
import type { ReadKind } from './options';
import type { Stats } from './stats';

export interface ReadRun {
  kind: ReadKind;
  done: Promise<void>;
  /** Ends it now (the run's hard time limit). */
  stop(): void;
}

/** Pages as a browser asks for them: compressed, which is the server's work too. */
const HEADERS: Partial<Record<ReadKind, Record<string, string>>> = {
  page: { 'accept-encoding': 'gzip, br', accept: 'text/html' },
  'page-en': { 'accept-encoding': 'gzip, br', accept: 'text/html' },
};

export function startReads(
  baseUrl: string,
  kind: ReadKind,
  paths: readonly string[],
  connections: number,
  durationS: number,
  expected: number,
  stats: Stats,
): ReadRun {
  if (paths.length === 0) throw new Error(`no path to read for ${kind}`);
  let turn = 0;
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  const requests: Request[] = [
    {
      // The context is the connection's own; with one request in flight per connection it names
      // the path of the answer that comes back.
      setupRequest: (request, context) => {
        const path = paths[turn++ % paths.length] as string;
        context.path = path;
        request.path = path;
        return request;
      },
      onResponse: (status, body, context, headers) => {
        if (status === expected) return;
        stats.fail({
          kind,
          method: 'GET',
          path: String(context.path),
          status,
          requestId: typeof headers['x-request-id'] === 'string' ? headers['x-request-id'] : null,
          detail: body.slice(0, 300),
        });
      },
    },
  ];
  let instance: Instance | undefined;
  const done = new Promise<void>((resolve, reject) => {
    instance = autocannon(
      { url: baseUrl, connections, duration: durationS, timeout: REQUEST_TIMEOUT_MS / 1000, headers: HEADERS[kind], requests },
      (error, result) => {
        if (error) return reject(error);
        // autocannon counts a timeout as an error too.
        stats.merge(kind, { samples, statuses, errors: result.errors - result.timeouts, timeouts: result.timeouts });
        resolve();
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      samples.push(ms);
      stats.live += 1;
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return { kind, done, stop: () => instance?.stop() };
}
