/**
 * `npm run test:fuzz`: hostile input, property-based. Generated requests (fast-check) go over HTTP to
 * the production server on a throwaway seeded database, signed in as admin, staff and expert and
 * anonymously, to every route the app has (test/fuzz/catalogue.ts); every answer is checked
 * (test/fuzz/checks.ts) and a refused request must leave the database as it was.
 */
import net from 'node:net';
import { CATALOGUE, type Endpoint, endpointId } from '../test/fuzz/catalogue';
import { openFingerprinter } from '../test/fuzz/fingerprint';
import { listRouteFiles } from '../test/fuzz/routes';
import { EndpointRunner } from '../test/fuzz/run';
import { closeConnections } from '../test/fuzz/send';
import { createWorld } from '../test/fuzz/setup';
import { formatReport, Tally } from '../test/fuzz/tally';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run test:fuzz [-- --runs N --seed S --port P --quick --only TEXT --replay ROUND:PATH]

Sends generated hostile requests (bodies, query strings, path parameters, headers) to every API
endpoint of a production server on a throwaway seeded database, and checks every answer: never a
5xx or a dropped connection, every 4xx a problem+json with its status and request id, no stack
trace, SQL or server path in any body, 413 for bodies over the limit, and a refused request changes
nothing in the database or the stored files. A failure is shrunk to its smallest request and
printed with a command that replays it.

  --runs N      requests in total, shared out over the endpoints (default 10000; 1000 with --quick)
  --seed S      the run's seed (default: random, printed); the same seed sends the same requests
  --port P      the server's port (default: a free one)
  --quick       about 1,000 requests, for npm test
  --only TEXT   only the endpoint named TEXT ("METHOD /path" as printed), or those whose name contains it
  --replay R:P  with --only and --seed: replay the one request of a printed failure
`;

const values = parseCli(usage, {
  runs: { type: 'string' },
  seed: { type: 'string' },
  port: { type: 'string' },
  quick: { type: 'boolean' },
  only: { type: 'string' },
  replay: { type: 'string' },
});

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    console.error(`--${name}: "${raw}" is not a positive whole number\n\n${usage.trim()}`);
    process.exit(2);
  }
  return Number(raw);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Requests per endpoint by weight, at least a few each, summing to at least `total`. */
function shareRuns(endpoints: Endpoint[], total: number): Map<Endpoint, number> {
  const weights = endpoints.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  return new Map(endpoints.map((e) => [e, Math.max(5, Math.ceil((total * (e.weight ?? 1)) / weights))]));
}

/** Writes that take records away from the others run last: deleting the fixture documents, disabling accounts. */
const LAST = new Set(['DELETE /api/v1/documents/{id}', 'POST /api/v1/users/{id}/disable']);

runCli('test:fuzz', async () => {
  const quick = values.quick === true;
  const total = positiveInteger('runs', values.runs, quick ? 1000 : 10_000);
  const seed = positiveInteger('seed', values.seed, 1 + Math.floor(Math.random() * 0x7ffffffe));
  let replay: { round: number; path: string } | undefined;
  if (values.replay !== undefined) {
    const match = /^(\d+):([\d:]+)$/.exec(values.replay);
    if (!match || values.only === undefined || values.seed === undefined) {
      console.error(`--replay: give ROUND:PATH as printed, with --only and --seed\n\n${usage.trim()}`);
      process.exit(2);
    }
    replay = { round: Number(match[1]), path: match[2] as string };
  }

  // Every route the app has must be in the catalogue: a new one is fuzzed, or this fails.
  const routes = listRouteFiles(process.cwd());
  const uncovered = routes.flatMap((r) =>
    r.methods.filter((m) => !CATALOGUE.some((e) => e.file === r.file && e.method === m)).map((m) => `${m} ${r.file}`),
  );
  if (uncovered.length) throw new Error(`routes missing from test/fuzz/catalogue.ts: ${uncovered.join(', ')}`);
  const present = new Set(routes.map((r) => r.file));
  // --only names one endpoint exactly (as a failure prints it), or all whose name contains the text.
  const exact = CATALOGUE.some((e) => endpointId(e) === values.only);
  const endpoints = CATALOGUE.filter((e) => present.has(e.file) || !e.whenPresent)
    .filter((e) => values.only === undefined || (exact ? endpointId(e) === values.only : endpointId(e).includes(values.only)))
    .sort((a, b) => Number(LAST.has(endpointId(a))) - Number(LAST.has(endpointId(b))));
  if (!endpoints.length) throw new Error(`no endpoint matches --only ${JSON.stringify(values.only)}`);

  const port = values.port === undefined ? await freePort() : positiveInteger('port', values.port, 0);
  const started = Date.now();
  console.log(`fuzz: seed ${seed}; ${total} requests over ${endpoints.length} endpoints; starting the server on port ${port}…`);
  const world = await createWorld(port, (line) => console.log(`fuzz: ${line}`));
  const fingerprints = openFingerprinter(world.databaseFile, world.filesDir);
  const tally = new Tally();
  try {
    console.log(`fuzz: server and records ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const runner = new EndpointRunner({
      target: { url: world.url, sessions: world.sessions, version: fingerprints.version },
      fixtures: world.fixtures,
      fingerprints,
      tally,
      output: world.output,
      serverPaths: world.serverPaths,
      alive: () =>
        fetch(`${world.url}/robots.txt`, { signal: AbortSignal.timeout(5000) }).then(
          () => true,
          () => false,
        ),
    });
    const shares = shareRuns(endpoints, total);
    let done = 0;
    for (const [i, e] of endpoints.entries()) {
      const id = endpointId(e);
      const t0 = Date.now();
      const quoted = `'${id.replace(/'/g, "'\\''")}'`;
      await runner.run(e, {
        seed,
        runs: shares.get(e) as number,
        shrinkBudget: quick ? 60 : 200,
        replay,
        command: `npm run test:fuzz -- --seed ${seed} --only ${quoted}`,
      });
      const t = tally.endpoint(id);
      done += t.requests;
      console.log(
        `fuzz: [${i + 1}/${endpoints.length}] ${id}: ${t.requests} requests, ${t.failures} failures ` +
          `(${((Date.now() - t0) / 1000).toFixed(1)} s; ${done} in all)`,
      );
      if (runner.gone) {
        console.log('fuzz: the server stopped answering; the rest is not fuzzed (see the last failure)');
        break;
      }
    }
  } finally {
    fingerprints.close();
    closeConnections();
    await world.close();
  }
  console.log(formatReport(tally, (Date.now() - started) / 1000));
  console.log(`fuzz: seed ${seed} (replay this run with --seed ${seed})`);
  if (tally.failures.length) process.exit(1);
});
