/**
 * One milestone save as the workspace sends it: `PATCH /api/v1/milestones/{id}` with `{ note, version }`.
 * The answer carries the milestone with its new version (lib/server/services/milestones.ts
 * updateMilestone); a 409 carries the record as it stands in `current`. Either way the caller gets
 * the version to send next.
 */

export interface SaveResult {
  status: number;
  ms: number;
  /** The version to send with the next save of this milestone; null when the answer did not say. */
  version: number | null;
  detail: string;
}

export async function saveNote(baseUrl: string, cookie: string, id: number, note: string, version: number): Promise<SaveResult> {
  const started = performance.now();
  let status = 0;
  let text = '';
  try {
    const response = await fetch(`${baseUrl}/api/v1/milestones/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, origin: baseUrl },
      body: JSON.stringify({ note, version }),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return { status: 0, ms: performance.now() - started, version: null, detail: (error as Error).message };
  }
  const ms = performance.now() - started;
  let body: { milestone?: { version?: number }; current?: { version?: number }; detail?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // a non-JSON answer (a crash page): no version to carry
  }
  const next = body.milestone?.version ?? body.current?.version ?? null;
  return { status, ms, version: next, detail: body.detail ?? text.slice(0, 200) };
}
