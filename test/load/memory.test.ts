import { describe, expect, it } from 'vitest';
import { judgeMemory, MAX_GROWTH, MIN_SAMPLES_PER_THIRD, type RssSample, slope } from './memory';

/** A steady pace: the same number of answers in every interval. */
const series = (values: number[], stepS = 5): RssSample[] => values.map((mb, i) => ({ t: i * stepS, mb, answers: i * 100 }));

describe('judgeMemory', () => {
  it('passes a server that warms up, then stays within its garbage collector sawtooth', () => {
    const warm = [200, 260, 300, 320, 330];
    const plateau = Array.from({ length: 25 }, (_, i) => 340 + (i % 3) * 8);
    const j = judgeMemory(series([...warm, ...plateau]));
    expect(j).toMatchObject({ judged: true, ok: true, startMb: 200, peakMb: 356 });
    expect(j.growth).toBeLessThan(0.05);
  });

  it('fails a server that keeps growing through the last third', () => {
    // +1.5% a sample: 30 samples, the last third's mean well over 10% above the middle third's.
    const leaking = Array.from({ length: 30 }, (_, i) => 300 * 1.015 ** i);
    const j = judgeMemory(series(leaking));
    expect(j.judged).toBe(true);
    expect(j.ok).toBe(false);
    expect(j.growth).toBeGreaterThan(MAX_GROWTH);
    expect(j.reason).toMatch(/limit \+10%/);
  });

  it('holds the limit exactly: 10% passes, just over fails', () => {
    const at = (last: number) => judgeMemory(series([...Array(4).fill(100), ...Array(4).fill(100), ...Array(4).fill(last)], 10));
    expect(at(110).ok).toBe(true);
    expect(at(110.5).ok).toBe(false);
  });

  it('does not judge a run too short to have thirds worth the name', () => {
    const j = judgeMemory(series(Array(3 * MIN_SAMPLES_PER_THIRD - 1).fill(300)));
    expect(j).toMatchObject({ judged: false, ok: true, growth: null });
    expect(judgeMemory([])).toMatchObject({ judged: false, startMb: null, endMb: null });
  });

  it('does not judge a run shorter than a minute, however many samples: it is all warm-up', () => {
    const quick = judgeMemory(
      series(
        Array.from({ length: 21 }, (_, i) => 300 + 8 * i),
        1,
      ),
    );
    expect(quick).toMatchObject({ judged: false, ok: true, startMb: 300, endMb: 460 });
    expect(quick.reason).toMatch(/warm-up/);
  });
});

describe('judgeMemory on an uneven pace', () => {
  // As seen on the shared machine: other sessions held the cores for the first 150 s (40 answers/s),
  // then the server ran at 200 answers/s and its heap grew to that pace's plateau, which it held.
  const starvedThenFast = Array.from({ length: 61 }, (_, i) => {
    const t = i * 5;
    const answers = t <= 150 ? t * 40 : 6000 + (t - 150) * 200;
    const mb = t < 150 ? 450 + (i % 2) * 8 : t < 190 ? 450 + (t - 150) * 8.5 : 790 + (t - 190) * 0.1;
    return { t, mb, answers };
  });

  it('compares thirds of the work, so that warming up late is not read as a leak', () => {
    const j = judgeMemory(starvedThenFast);
    expect(j.ok).toBe(true);
    expect(j.reason).toMatch(/^thirds of the answers served/);
    // Split by time, the same series would have failed: the plateau came in the last third of the clock.
    const byTime = starvedThenFast.map((s, i) => ({ ...s, answers: i * 100 }));
    expect(judgeMemory(byTime).ok).toBe(false);
  });

  it('still fails a leak that grows with the requests, however uneven the pace', () => {
    const leaking = starvedThenFast.map((s) => ({ ...s, mb: 450 + s.answers / 100 }));
    const j = judgeMemory(leaking);
    expect(j.ok).toBe(false);
    expect(j.growth).toBeGreaterThan(MAX_GROWTH);
  });

  it('falls back to thirds of time when a third of the work fits in a few samples', () => {
    const burst = Array.from({ length: 30 }, (_, i) => ({ t: i * 5, mb: 400, answers: i < 28 ? i : 1000 * (i - 27) }));
    expect(judgeMemory(burst).reason).toMatch(/^thirds of time/);
  });
});

describe('slope', () => {
  it('is the least-squares MB per second of a series', () => {
    expect(slope(series([100, 110, 120, 130]))).toBeCloseTo(2);
    expect(slope(series([100, 100, 100]))).toBe(0);
    expect(
      judgeMemory(
        series(
          Array.from({ length: 30 }, (_, i) => 300 + i),
          6,
        ),
      ).lastSlopeMbPerMin,
    ).toBe(10);
  });
});
