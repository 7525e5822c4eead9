/**
 * The write burst: staff writers sending real writes through the HTTP API until the server dies
 * under them. Milestone writers each own a milestone and save its note with the version, as the
 * workspace does; creating writers make a site, then buildings and designations on it. Every write
 * goes into the ledger with what came back.
 */
import type { Outcome, OwnedMilestone, Write, WriteKind } from './ledger';

/** A request that neither answers nor fails in this time hangs: a failure, not a crash. */
const ANSWER_TIMEOUT_MS = 20_000;

export interface Session {
  baseUrl: string;
  cookie: string;
}

interface Sent {
  outcome: Outcome;
  requestId?: string;
  body?: Record<string, unknown>;
  detail?: string;
}

const codeOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } })?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? '';
};

/** One write; what came back decides its outcome. */
export async function send(session: Session, method: 'POST' | 'PATCH', path: string, body: unknown): Promise<Sent> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${session.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: session.cookie },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { outcome: 'refused', detail: `no answer within ${ANSWER_TIMEOUT_MS / 1000} s` };
    // Refused: no server listened, so it never saw the request. Anything else broke mid-way.
    return { outcome: codeOf(error) === 'ECONNREFUSED' ? 'not-sent' : 'in-flight', detail: `${(error as Error).message} ${codeOf(error)}` };
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok) return { outcome: 'refused', requestId, detail: `${response.status} ${text.slice(0, 300)}` };
  try {
    return { outcome: 'acked', requestId, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { outcome: 'refused', requestId, detail: `${response.status} with a body that is not JSON: ${text.slice(0, 200)}` };
  }
}

function record(ledger: Write[], kind: WriteKind, token: string, round: number, sent: Sent, extra: Partial<Write> = {}): Write {
  const write: Write = { kind, token, round, outcome: sent.outcome, requestId: sent.requestId, detail: sent.detail, ...extra };
  ledger.push(write);
  return write;
}

/** Saves the milestone's note until a save fails; returns the version it last saw. */
export async function milestoneWriter(
  session: Session,
  ledger: Write[],
  round: number,
  writer: number,
  owned: OwnedMilestone & { version: number },
) {
  for (let n = 1; ; n++) {
    const token = `crash-r${round}-m${writer}-n${n}`;
    const sent = await send(session, 'PATCH', `/api/v1/milestones/${owned.id}`, { note: token, version: owned.version });
    const version = (sent.body?.milestone as { version?: number } | undefined)?.version;
    record(ledger, 'milestone', token, round, sent, { id: owned.id, version });
    if (sent.outcome !== 'acked') return;
    if (typeof version !== 'number') {
      const last = ledger[ledger.length - 1] as Write;
      last.outcome = 'refused';
      last.detail = 'a 2xx answer without the new version';
      return;
    }
    owned.version = version;
  }
}

/** Creates a site named after the round and writer, then buildings and designations on it, until a write fails. */
export async function creatingWriter(session: Session, ledger: Write[], round: number, writer: number, prefix: string) {
  const site = `${prefix}r${round}-c${writer}`;
  const created = await send(session, 'POST', '/api/v1/sites', {
    slug: site,
    name: { zh: `崩溃测试单位 ${round}-${writer}` },
    category: 'modern_historic',
  });
  record(ledger, 'site', site, round, created, { id: created.body?.id as number | undefined });
  if (created.outcome !== 'acked') return;
  for (let n = 1; ; n++) {
    const building = n % 2 === 1;
    const token = `${site}-${building ? 'b' : 'd'}${n}`;
    const sent = building
      ? await send(session, 'POST', `/api/v1/sites/${site}/buildings`, { slug: token, name: { zh: `崩溃测试建筑 ${n}` } })
      : await send(session, 'POST', `/api/v1/sites/${site}/designations`, { level: 'county', documentNumber: token });
    record(ledger, building ? 'building' : 'designation', token, round, sent, { id: sent.body?.id as number | undefined });
    if (sent.outcome !== 'acked') return;
  }
}
