/**
 * One decided inspection the way the panel workflow leaves it: scheduled (the row), attended,
 * assessed by each member, decided by the chair (criteria, findings, rectification items), signed
 * by every member over the verdict's SHA-256, and locked last: the lock triggers of migration 0003
 * refuse any child row once locked_at is set, exactly as they do for the app.
 */
import { createHash } from 'node:crypto';
import type { InspectionKind, OrganisationRole, Verdict } from '../../lib/domain/codes';
import { canonicalVerdict } from '../../lib/domain/panel';
import { AS_OF_DAY, beijingMs, isoDay } from './dates';
import type { Person, Registry } from './organisations';
import type { Rng } from './prng';
import type { Ids, Statements } from './statements';
import { SUBMISSION_NOTES, VERIFICATION_NOTES } from './texts';
import { decide, memberGrade } from './verdicts';

export interface InspectionInput {
  milestoneId: number;
  kind: InspectionKind;
  verdict: Verdict;
  day: number;
  /** Null while the items are still being worked on; else the day by which they were verified closed. */
  closedBy: number | null;
  organiser: number;
  expertGroup: number;
  /** The project's units by role, for the attendance list and the responsible unit of each item. */
  units: Partial<Record<OrganisationRole, number>>;
  panel: Person[];
  staff: string;
}

const ATTENDING: readonly OrganisationRole[] = ['owner', 'designer', 'contractor', 'supervisor'];

export function writeInspection(st: Statements, ids: Ids, rng: Rng, reg: Registry, x: InspectionInput): void {
  const id = ids.inspection++;
  const decision = decide(
    rng,
    x.kind,
    x.verdict,
    x.panel.map((p) => p.name),
  );
  const scheduled = beijingMs(x.day - rng.int(10, 30), 10);
  const signedAt = (m: number) => beijingMs(x.day, 16, 10 + m * 7);
  const lockedAt = signedAt(x.panel.length - 1);
  st.inspection.run(
    id,
    x.milestoneId,
    x.organiser,
    isoDay(x.day),
    x.verdict,
    decision.unanimous ? 1 : 0,
    decision.dissent,
    decision.conclusion[0],
    decision.conclusion[1],
    0,
    3,
    scheduled,
    lockedAt,
  );

  st.attendee.run(ids.attendee++, id, x.organiser, 'organiser');
  st.attendee.run(ids.attendee++, id, x.expertGroup, 'expert_group');
  if (x.kind !== 'midterm_inspection') {
    for (const role of ATTENDING) if (x.units[role] !== undefined) st.attendee.run(ids.attendee++, id, x.units[role], role);
  }

  const seats = x.panel.map((person, m) => {
    const seat = ids.panelMember++;
    st.panelMember.run(seat, id, person.id, person.name, m === 0 ? 1 : 0);
    return seat;
  });
  for (const c of decision.criteria) st.criterion.run(id, c.criterion, c.grade);
  seats.forEach((seat, m) => {
    for (const c of decision.criteria) {
      const grade = memberGrade(decision, m, c);
      st.assessment.run(
        ids.assessment++,
        id,
        seat,
        c.criterion,
        grade,
        grade === c.grade ? null : '与专家组结论意见不一致，已在会上说明',
        scheduled + m,
      );
    }
  });

  const items = decision.problems.map((p, position) => {
    st.finding.run(ids.finding++, id, p.criterion, p.findingZh, p.findingEn, position);
    const responsible = x.units[p.responsible] ?? x.units.owner ?? null;
    return { p, responsible, due: isoDay(x.day + rng.int(30, 90)) };
  });
  items.forEach((item, i) => {
    writeItem(st, ids, rng, x, id, item, lockedAt, i === 0);
  });

  const hash = createHash('sha256')
    .update(
      canonicalVerdict({
        verdict: x.verdict,
        unanimous: decision.unanimous,
        dissent: decision.dissent,
        conclusion: decision.conclusion[0],
        criteria: decision.criteria,
        findings: decision.problems.map((p) => ({ criterion: p.criterion, text: p.findingZh })),
        rectificationItems: items.map((r) => ({
          description: r.p.itemZh,
          responsible: r.responsible === null ? null : (reg.orgs.get(r.responsible)?.slug ?? null),
          due: r.due,
        })),
      }),
    )
    .digest('hex');
  seats.forEach((seat, m) => {
    st.signature.run(ids.signature++, id, seat, signedAt(m), hash);
  });
  st.lock.run(lockedAt, lockedAt, id);
}

/**
 * An item closed before the step that needed it, or one still in hand as of the data's date: open,
 * submitted with evidence, or verified closed. The first item of a current verdict is never closed,
 * so a project stopped at rectification stays in that state.
 */
function writeItem(
  st: Statements,
  ids: Ids,
  rng: Rng,
  x: InspectionInput,
  inspectionId: number,
  item: { p: { itemZh: string; itemEn: string }; responsible: number | null; due: string },
  lockedAt: number,
  first: boolean,
): void {
  const chair = x.panel[0] as Person;
  let status: 'open' | 'submitted' | 'closed' = 'closed';
  let submittedDay: number | null = null;
  let verifiedDay: number | null = null;
  if (x.closedBy !== null) {
    submittedDay = x.day + rng.int(10, x.closedBy - x.day - 15);
    verifiedDay = submittedDay + rng.int(2, x.closedBy - submittedDay - 1);
  } else {
    const room = AS_OF_DAY - x.day;
    const r = rng.next();
    status = room < 12 || r < 0.45 ? 'open' : first || r < 0.7 ? 'submitted' : 'closed';
    if (status !== 'open') submittedDay = x.day + rng.int(10, room - 2);
    if (status === 'closed') verifiedDay = rng.int((submittedDay as number) + 1, AS_OF_DAY);
  }
  const submittedAt = submittedDay === null ? null : beijingMs(submittedDay, 11);
  const verifiedAt = verifiedDay === null ? null : beijingMs(verifiedDay, 15);
  const [submissionNote] = rng.pick(SUBMISSION_NOTES);
  const [verificationNote] = rng.pick(VERIFICATION_NOTES);
  st.item.run(
    ids.item++,
    inspectionId,
    item.p.itemZh,
    item.p.itemEn,
    item.responsible,
    item.due,
    status,
    submittedAt,
    submittedAt === null ? null : submissionNote,
    submittedAt === null ? null : x.staff,
    verifiedAt === null ? null : verificationNote,
    verifiedAt,
    verifiedAt === null ? null : chair.id,
    status === 'open' ? 1 : status === 'submitted' ? 2 : 3,
    lockedAt,
    verifiedAt ?? submittedAt ?? lockedAt,
  );
}
