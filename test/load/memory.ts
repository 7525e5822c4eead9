/**
 * Whether the server's memory levels off under load. Its RSS (the server process and its children,
 * bench/run/memory.ts) is sampled every few seconds with the number of answers given so far; the
 * run is split in thirds by that work, not by time; the first third is warm-up (compiled code,
 * caches filling, the heap growing to the allocation rate), so the judgement compares the last
 * third's mean with the middle third's.
 *
 * Why by work: on this shared machine the server's pace varies several-fold within a run (seen: a
 * third of the answers it gave in the run's first 150 s, when other sessions held the cores), and
 * its RSS follows its pace, not the clock; a leak grows with the requests that leak, too. Where the
 * pace was so uneven that a third of the work fits in fewer than a few samples, thirds of time are
 * compared instead.
 *
 * Why 10%: Next's in-memory caches are bounded (32 MB each, next.config.js) and the workload's
 * pages are few, so once they are warm a server that keeps nothing per request stays within the
 * garbage collector's sawtooth, a few percent of a 200–400 MB process. A leak of even a few
 * hundred bytes per request grows by tens of MB per third at this load and shows well above it.
 */
import { serverRss } from '../../bench/run/memory';

export interface RssSample {
  /** Seconds since the load started. */
  t: number;
  mb: number;
  /** Answers the server had given by then, to all clients. */
  answers: number;
}

export const MAX_GROWTH = 0.1;
/** Fewer samples than this in a third and its mean says little: the run is too short to judge. */
export const MIN_SAMPLES_PER_THIRD = 4;
/**
 * A shorter run is warm-up from end to end: in the quick run (20 s) the RSS climbed for 15–17 s
 * before it flattened, so its thirds compare two stages of warming up, not a level with a trend.
 */
export const MIN_JUDGED_S = 60;

export interface MemoryJudgement {
  judged: boolean;
  ok: boolean;
  startMb: number | null;
  middleMeanMb: number | null;
  lastMeanMb: number | null;
  endMb: number | null;
  peakMb: number | null;
  /** (last third's mean − middle third's mean) / middle third's mean. */
  growth: number | null;
  /** The last third's least-squares slope, MB per minute: not judged, but a slow climb shows here first. */
  lastSlopeMbPerMin: number | null;
  reason: string;
}

const mean = (xs: readonly RssSample[]) => xs.reduce((s, x) => s + x.mb, 0) / xs.length;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function judgeMemory(samples: readonly RssSample[], maxGrowth = MAX_GROWTH): MemoryJudgement {
  const n = samples.length;
  const edges = {
    startMb: samples[0]?.mb ?? null,
    endMb: samples.at(-1)?.mb ?? null,
    peakMb: n ? Math.max(...samples.map((s) => s.mb)) : null,
  };
  const spanS = samples.at(-1)?.t ?? 0;
  const notJudged = (reason: string): MemoryJudgement => ({
    judged: false,
    ok: true,
    ...edges,
    middleMeanMb: null,
    lastMeanMb: null,
    growth: null,
    lastSlopeMbPerMin: null,
    reason,
  });
  if (spanS < MIN_JUDGED_S) return notJudged(`${spanS} s of load is warm-up; a trend is judged from ${MIN_JUDGED_S} s (the full run)`);
  const byWork = thirdsOfWork(samples);
  const [middle, last] = byWork ?? thirdsOfTime(samples);
  if (middle.length < MIN_SAMPLES_PER_THIRD || last.length < MIN_SAMPLES_PER_THIRD) {
    return notJudged(`${n} samples: too few to judge a trend (need ${3 * MIN_SAMPLES_PER_THIRD})`);
  }
  const m = mean(middle);
  const l = mean(last);
  const growth = (l - m) / m;
  const split = byWork ? 'thirds of the answers served' : 'thirds of time (the pace was too uneven to split by answers)';
  return {
    judged: true,
    ok: growth <= maxGrowth,
    ...edges,
    middleMeanMb: round(m),
    lastMeanMb: round(l),
    growth: round(growth, 4),
    lastSlopeMbPerMin: round(slope(last) * 60),
    reason: `${split}: mean of the middle ${round(m)} MB, of the last ${round(l)} MB (${growth >= 0 ? '+' : ''}${round(growth * 100)}%), limit +${maxGrowth * 100}%`,
  };
}

/** The middle and last thirds of the run by answers served, or null when either has too few samples. */
function thirdsOfWork(samples: readonly RssSample[]): [RssSample[], RssSample[]] | null {
  const total = samples.at(-1)?.answers ?? 0;
  const middle = samples.filter((s) => s.answers > total / 3 && s.answers <= (2 * total) / 3);
  const last = samples.filter((s) => s.answers > (2 * total) / 3);
  return middle.length >= MIN_SAMPLES_PER_THIRD && last.length >= MIN_SAMPLES_PER_THIRD ? [middle, last] : null;
}

function thirdsOfTime(samples: readonly RssSample[]): [RssSample[], RssSample[]] {
  const third = Math.floor(samples.length / 3);
  return [samples.slice(third, samples.length - third), samples.slice(samples.length - third)];
}

/** Least-squares slope of MB over seconds. */
export function slope(xs: readonly RssSample[]): number {
  const mt = xs.reduce((s, x) => s + x.t, 0) / xs.length;
  const mm = mean(xs);
  const num = xs.reduce((s, x) => s + (x.t - mt) * (x.mb - mm), 0);
  const den = xs.reduce((s, x) => s + (x.t - mt) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** Samples the server's RSS and the answers given so far (`answers()`) every `intervalMs` until stopped. */
export function sampleMemory(pid: number, intervalMs: number, answers: () => number): { samples: RssSample[]; stop(): void } {
  const started = performance.now();
  const samples: RssSample[] = [];
  const take = () => {
    const { mb, processes } = serverRss(pid);
    // Once the server has gone there is nothing to measure (0 MB would read as a drop).
    if (processes > 0 && mb > 0) samples.push({ t: Math.round((performance.now() - started) / 100) / 10, mb, answers: answers() });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return { samples, stop: () => clearInterval(timer) };
}
