/**
 * Concurrent writers: each owns one milestone of a published project (distinct projects when the
 * database has enough) and saves its note
 * in a loop for the whole duration, carrying the version forward as the workspace does. Every
 * answer outside 2xx counts as an error; latencies are every save's, timed with performance.now().
 */
import { summarise } from './percentile';
import type { WriteFigures } from './results';
import type { Milestone } from './sample';
import { saveNote } from './save';

interface Writer {
  id: number;
  version: number;
}

/**
 * Gives each writer a milestone the service accepts a note on: a candidate whose first save a rule
 * refuses (imported data can break a rule the service enforces) is passed over, not counted.
 */
async function claimMilestones(baseUrl: string, cookie: string, candidates: readonly Milestone[], writers: number): Promise<Writer[]> {
  const claimed: Writer[] = [];
  const refused: string[] = [];
  for (const candidate of candidates) {
    if (claimed.length === writers) break;
    const first = await saveNote(baseUrl, cookie, candidate.id, '基准测试：写入准备', candidate.version);
    if (first.status === 200 && first.version !== null) claimed.push({ id: candidate.id, version: first.version });
    else refused.push(`milestone ${candidate.id}: ${first.status} ${first.detail}`);
  }
  if (claimed.length < writers) {
    throw new Error(`only ${claimed.length} of ${writers} milestones accepted a save:\n${refused.slice(0, 5).join('\n')}`);
  }
  return claimed;
}

export async function runWriters(
  baseUrl: string,
  cookie: string,
  candidates: readonly Milestone[],
  writers: number,
  durationS: number,
): Promise<WriteFigures> {
  const owned = await claimMilestones(baseUrl, cookie, candidates, writers);
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const deadline = performance.now() + durationS * 1000;

  await Promise.all(
    owned.map(async (writer, w) => {
      for (let n = 1; performance.now() < deadline; n++) {
        const result = await saveNote(baseUrl, cookie, writer.id, `基准测试 写入者${w + 1} 第${n}次`, writer.version);
        samples.push(result.ms);
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
        if (result.status < 200 || result.status > 299) errors++;
        // After a 409 the answer's current version lets the loop go on, as the workspace's dialog does.
        if (result.version !== null) writer.version = result.version;
      }
    }),
  );
  const { p50, p99 } = summarise(samples);
  return { writers, durationS, saves: samples.length, errors, statuses, p50Ms: p50, p99Ms: p99 };
}
