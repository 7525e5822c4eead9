/**
 * The steps of an inspection's cycle (test/load/panel.ts), each one request through the API the
 * workspace uses, put in the ledger with what it must leave in the database: the schedule and its
 * panel, a member's grades, the chair's verdict with its finding and item, a signature (and the
 * lock, for the last), an item's submission and verification, and the refusals along the way.
 */
import type { Client } from './client';
import type { Ledger } from './ledger';
import { PANEL_SIZE } from './options';
import type { Panel } from './panel';

/** Held in the past, so that it can be signed (a future inspection cannot). */
const HELD_ON = '2024-05-20';
const ITEM_DUE = '2024-06-20';
/** A seeded organisation (db/seed/ersha-case.ts) that organises inspections. */
const ORGANISER = 'zhengzhou-cultural-heritage-bureau';
const CRITERIA = ['engineering_quality', 'archive_completeness', 'overall_effect'] as const;
const GRADES = ['good', 'fairly_good', 'qualified', 'basically_qualified'] as const;

export async function schedule(panel: Panel, ledger: Ledger, project: string): Promise<number | null> {
  const path = `/api/v1/projects/${project}/inspections`;
  const token = ledger.token();
  const answer = await panel.staff.send('staff:schedule-inspection', 'POST', path, {
    kind: 'midterm_inspection',
    date: HELD_ON,
    organiser: ORGANISER,
    panel: panel.emails.map((email, index) => ({ email, chair: index === 0 })),
  });
  const id: number | null = answer.body?.id ?? null;
  ledger.add('staff:schedule-inspection', token, 'POST', path, answer, {
    expect: [201],
    audit: ['schedule'],
    // The body has no free text: the request id finds its audit event, these rows its effect.
    tokenSent: false,
    rows: id
      ? [
          {
            label: `inspection ${id} on milestone ${answer.body.milestoneId}`,
            sql: 'select count(*) from inspections where id = ? and milestone_id = ?',
            params: [id, answer.body.milestoneId],
            want: 1,
          },
          {
            label: `panel of inspection ${id}`,
            sql: 'select count(*) from panel_members where inspection_id = ?',
            params: [id],
            want: PANEL_SIZE,
          },
        ]
      : [],
  });
  return answer.status === 201 ? id : null;
}

export async function assess(member: Client, ledger: Ledger, id: number, m: number, cycle: number, rounds: number): Promise<boolean> {
  const path = `/api/v1/inspections/${id}/assessments/me`;
  for (let round = 1; round <= rounds; round++) {
    const token = ledger.token();
    const answer = await member.send('expert:assess', 'PUT', path, {
      assessments: CRITERIA.map((criterion, k) => ({
        criterion,
        grade: GRADES[(cycle + m + k + round) % GRADES.length],
        ...(k === 0 ? { remarks: `${token} 评定意见` } : {}),
      })),
    });
    ledger.add('expert:assess', token, 'PUT', path, answer, {
      expect: [200],
      audit: ['assess'],
      places: [{ table: 'assessments', column: 'remarks', id: null }],
      slot: { key: `assess:${id}:${m}`, order: round },
    });
    if (answer.status !== 200) return false;
  }
  return true;
}

/** A grade sent by someone who may not give one now; it must be refused and leave nothing. */
export async function refuse(client: Client, ledger: Ledger, kind: string, path: string, status: number): Promise<void> {
  const token = ledger.token();
  const answer = await client.send(kind, 'PUT', path, {
    assessments: [{ criterion: 'engineering_quality', grade: 'good', remarks: `${token} 不应保存` }],
  });
  ledger.add(kind, token, 'PUT', path, answer, { expect: [status] });
}

export async function decide(chair: Client, ledger: Ledger, id: number, version: number, kind: string, expect: number[]) {
  const path = `/api/v1/inspections/${id}/verdict`;
  const token = ledger.token();
  const answer = await chair.send(kind, 'PUT', path, {
    version,
    verdict: 'basically_qualified',
    unanimous: true,
    conclusion: `${token} 专家组结论：总体效果较好`,
    criteria: CRITERIA.map((criterion) => ({ criterion, grade: 'basically_qualified' })),
    findings: [{ criterion: 'engineering_quality', text: `${token} 发现的问题` }],
    rectificationItems: [{ description: `${token} 整改要求`, due: ITEM_DUE }],
  });
  ledger.add(kind, token, 'PUT', path, answer, {
    expect,
    audit: ['decide'],
    places: [
      { table: 'inspections', column: 'conclusion_zh', id },
      { table: 'inspection_findings', column: 'text_zh', id: null },
      { table: 'rectification_items', column: 'description_zh', id: null },
    ],
    slot: { key: `verdict:${id}`, order: answer.body?.version ?? 0 },
  });
  return answer;
}

/** One member's signature; returns the answer's inspection, or null when it was refused. */
// biome-ignore lint/suspicious/noExplicitAny: the review answer, read field by field
export async function sign(member: Client, ledger: Ledger, id: number, contentHash: string): Promise<any | null> {
  const path = `/api/v1/inspections/${id}/sign`;
  const token = ledger.token();
  const answer = await member.send('expert:sign', 'POST', path, { contentHash });
  const locked = answer.body?.stage === 'locked';
  const seat: number | undefined = answer.body?.me?.panelMemberId;
  ledger.add('expert:sign', token, 'POST', path, answer, {
    expect: [200],
    // The last signature also locks the record and dates its milestone.
    audit: locked ? ['sign', 'lock', 'update'] : ['sign'],
    tokenSent: false,
    rows: [
      ...(seat === undefined
        ? []
        : [
            {
              label: `signature of seat ${seat} on inspection ${id}`,
              sql: 'select count(*) from signatures where inspection_id = ? and panel_member_id = ?',
              params: [id, seat],
              want: 1,
            },
          ]),
      ...(locked
        ? [
            {
              label: `inspection ${id} locked`,
              sql: 'select count(*) from inspections where id = ? and locked_at is not null',
              params: [id],
              want: 1,
            },
          ]
        : []),
    ],
  });
  return answer.status === 200 ? answer.body : null;
}

/** Submits or verifies a rectification item with a note; returns the item's new version, or null if refused. */
export async function itemStep(
  client: Client,
  ledger: Ledger,
  kind: string,
  itemId: number,
  step: 'submit' | 'verify',
  body: Record<string, unknown>,
  column: string,
): Promise<number | null> {
  const path = `/api/v1/rectification-items/${itemId}/${step}`;
  const token = ledger.token();
  const answer = await client.send(kind, 'POST', path, { ...body, note: `${token} ${step === 'submit' ? '已按要求整改' : '核验通过'}` });
  ledger.add(kind, token, 'POST', path, answer, {
    expect: [200],
    audit: [step],
    places: [{ table: 'rectification_items', column, id: itemId }],
  });
  return answer.status === 200 ? (answer.body?.version ?? null) : null;
}
