/**
 * The property of one endpoint, run with fast-check: for every generated request, the answer passes
 * checkAnswer and a request that was refused (or only read) leaves the database's fingerprint as it
 * was. A failure is shrunk to its smallest request and recorded; the endpoint is then fuzzed on with
 * the runs left, so one bug does not hide the next (a failure of a kind already found is counted,
 * not reported again).
 */
import fc from 'fast-check';
import { caseArbitrary } from './arbitraries';
import { type Endpoint, endpointId } from './catalogue';
import { type Answer, type CheckContext, checkAnswer, isWrite, lenientDecode } from './checks';
import { diffFingerprints, type Fingerprint, type Fingerprinter } from './fingerprint';
import type { Fixtures } from './fixtures';
import { describeCase, type FuzzCase, renderBody } from './fuzz-case';
import { send, type Target } from './send';
import type { Tally } from './tally';

export interface RunOptions {
  /** The run's seed; each endpoint's is derived from it and the endpoint, so `--only` replays the same requests. */
  seed: number;
  /** Requests for this endpoint, not counting shrinking. */
  runs: number;
  /** Requests a shrink may send before it settles for the smallest failure so far. */
  shrinkBudget: number;
  /** Replays one recorded counterexample: the round and fast-check's path printed with it. */
  replay?: { round: number; path: string };
  /** The replay command line, without --replay. */
  command: string;
}

export interface Bench {
  target: Target;
  fixtures: Fixtures;
  fingerprints: Fingerprinter;
  tally: Tally;
  /** The server's last log lines. */
  output(): string[];
  /** Whether the server still answers at all (after a request got no answer). */
  alive(): Promise<boolean>;
  serverPaths: string[];
}

const MAX_ROUNDS = 5;

/** A seed per endpoint and round, stable for a given run seed (FNV-1a). */
export function deriveSeed(seed: number, id: string, round: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${id}:${round}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff;
}

/** The kind of a failure, to tell a new bug from the same one again: its first rule, without numbers and quoted values. */
export function failureKind(problems: string[]): string {
  return (problems[0] ?? '').replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
}

/** Texts stored by successful writes: shown again later, they are echoes, not leaks. */
class SentTexts {
  private readonly texts: string[] = [];
  add(c: FuzzCase): void {
    const body = c.body && c.body.kind !== 'multipart' ? (renderBody(c.body)?.toString('utf8') ?? '') : '';
    for (const text of [body, lenientDecode(c.path)])
      if (text)
        this.texts.push(
          text
            .slice(0, 20_000)
            .toLowerCase()
            .replace(/\\(["\\/])/g, '$1'),
        );
  }
  has(text: string): boolean {
    const needle = text.toLowerCase();
    return this.texts.some((t) => t.includes(needle));
  }
}

function answerSummary(a: Answer): string {
  if (a.error) return `no answer (${a.error})`;
  const id = a.headers['x-request-id'];
  const excerpt = a.body.toString('utf8').slice(0, 400);
  return `${a.status} ${a.headers['content-type'] ?? '(no content-type)'} x-request-id=${id ?? '(none)'}: ${JSON.stringify(excerpt)}`;
}

export class EndpointRunner {
  private print: Fingerprint | null = null;
  /** Set when a request left the server unable to answer: the run stops there, with that request as its failure. */
  gone = false;
  private readonly sent = new SentTexts();
  private readonly context: CheckContext;

  constructor(private readonly bench: Bench) {
    this.context = { serverPaths: bench.serverPaths, wasSent: (text) => this.sent.has(text) };
  }

  /** Sends one request and judges it: the rules it broke, and what it got. */
  async exchange(c: FuzzCase, e: Endpoint): Promise<{ problems: string[]; answer: Answer; log: string[] }> {
    const before = this.print ?? this.bench.fingerprints.take();
    const answer = await send(c, this.bench.target);
    const after = this.bench.fingerprints.take();
    this.print = after;
    const problems = checkAnswer(c, e, answer, this.context);
    const success = answer.status >= 200 && answer.status < 300;
    const changed = diffFingerprints(before, after);
    if (changed.length && !(success && isWrite(c))) {
      problems.push(`a ${answer.status || 'dropped'} answer to a ${c.method}, yet the database changed: ${changed.join('; ')}`);
    }
    // Every write of the API goes through one path that audits it in the same transaction.
    if (success && isWrite(c) && c.path.startsWith('/api/v1/') && before.audit_events === after.audit_events) {
      problems.push(`a ${answer.status} to a ${c.method}, yet no audit event was written`);
    }
    if (success && isWrite(c)) this.sent.add(c);
    if (answer.error && !(await this.bench.alive())) {
      this.gone = true;
      problems.push('the server stopped answering after this request');
      return { problems, answer, log: this.bench.output() };
    }
    const id = answer.headers['x-request-id'];
    const log = problems.length && typeof id === 'string' ? this.bench.output().filter((line) => line.includes(id)) : [];
    return { problems, answer, log };
  }

  async run(e: Endpoint, options: RunOptions): Promise<void> {
    const id = endpointId(e);
    const { tally } = this.bench;
    const arbitrary = caseArbitrary(e, this.bench.fixtures);
    const known = new Set<string>();
    let remaining = options.runs;
    for (let round = options.replay?.round ?? 0; remaining > 0 && round < MAX_ROUNDS; round++) {
      const seed = deriveSeed(options.seed, id, round);
      let failing: { kind: string; c: FuzzCase; problems: string[]; answer: Answer; log: string[] } | null = null;
      let runs = 0;
      let shrinks = 0;
      const property = fc.asyncProperty(arbitrary, async (c) => {
        // Past the budget (or with the server gone), every further shrink "passes": fast-check keeps the smallest failure found so far.
        if ((failing && shrinks >= options.shrinkBudget) || this.gone) return true;
        if (failing) shrinks += 1;
        else runs += 1;
        const { problems, answer, log } = await this.exchange(c, e);
        tally.count(id, answer.status, c.mutation, failing !== null);
        if (!problems.length) return true;
        if (!failing) tally.brokenRequests += 1;
        const kind = failureKind(problems);
        // A failure already reported is counted and passed over; a shrink follows only the failure it started from.
        if (failing ? kind !== failing.kind : known.has(kind)) return true;
        failing = { kind, c, problems, answer, log };
        return false;
      });
      const details = await fc.check(property, {
        numRuns: remaining,
        seed,
        ...(options.replay ? { path: options.replay.path } : {}),
      });
      remaining -= runs;
      const found = failing as { kind: string; c: FuzzCase; problems: string[]; answer: Answer; log: string[] } | null;
      if (!details.failed || !found) break;
      known.add(found.kind);
      tally.endpoint(id).failures += 1;
      tally.failures.push({
        endpoint: id,
        problems: found.problems,
        request: describeCase(found.c),
        answer: answerSummary(found.answer),
        log: found.log,
        replay: `${options.command} --replay '${round}:${details.counterexamplePath}'  (fast-check seed ${seed})`,
      });
      if (options.replay || this.gone) break;
    }
  }
}
