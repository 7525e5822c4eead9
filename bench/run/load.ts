/**
 * One autocannon run: many connections hammering one path, or a rotation of paths. Requests/s come
 * from autocannon; latencies are every response's time (its `response` event) through
 * percentile.ts, so every table row computes its percentiles the same way.
 */
import autocannon, { type Request } from 'autocannon';
import { summarise } from './percentile';

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  durationS: number;
  /** One path, or several taken in turn across all connections (each request the next one). */
  paths: readonly string[];
}

export interface LoadRun {
  requests: number;
  rps: number;
  samples: number[];
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

export function runLoad({ baseUrl, connections, durationS, paths }: LoadOptions): Promise<LoadRun> {
  if (paths.length === 0) throw new Error('runLoad: no path to request');
  let turn = 0;
  // setupRequest runs before every request, so one shared counter spreads the paths over all connections.
  const requests: Request[] =
    paths.length === 1
      ? [{ path: paths[0] }]
      : [
          {
            setupRequest: (request) => {
              request.path = paths[turn++ % paths.length];
              return request;
            },
          },
        ];
  const samples: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, connections, duration: durationS, timeout: 30, requests }, (error, result) => {
      if (error) return reject(error);
      const statuses: Record<string, number> = {};
      for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = Number(count);
      resolve({
        requests: samples.length,
        rps: result.requests.average,
        samples,
        non2xx: result.non2xx,
        errors: result.errors,
        statuses,
      });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => samples.push(responseTime));
  });
}

/** p50 and p99 of a run, for the page rows. */
export function pageLatency(run: LoadRun): { p50Ms: number | null; p99Ms: number | null } {
  const { p50, p99 } = summarise(run.samples);
  return { p50Ms: p50, p99Ms: p99 };
}
