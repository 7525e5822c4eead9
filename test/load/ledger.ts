/**
 * Every write the run sent, with what its answer said and where its effect must (or must not) be
 * found afterwards. Each write carries a unique token in a free-text field (a note, a name, a
 * remark) and is known by the request id of its answer, which the server also writes on its audit
 * events; test/load/verify.ts holds the database to this ledger once the server has stopped.
 */
import type { Answer } from './client';

export type Outcome = 'acknowledged' | 'refused' | 'failed';

/** One column of one row that holds an acknowledged write's token while it is the latest there. */
export interface TokenPlace {
  table: string;
  column: string;
  /** The row's id (rowid); null when the answer did not say (the token alone finds it). */
  id: number | null;
}

/** A query whose first value must be `want` after the run: a count of rows (the signature an answer acknowledged), a version. */
export interface RowCheck {
  label: string;
  sql: string;
  params: (string | number)[];
  want: number;
}

export interface WriteSpec {
  /** The statuses this request may get without it being a fault (a 409 stale version, for instance). */
  expect: number[];
  /** Audit actions the request writes when it is acknowledged, in any order. */
  audit?: string[];
  /** Whether the body carried the token, so that its audit event must hold it exactly once. */
  tokenSent?: boolean;
  places?: TokenPlace[];
  /**
   * Writes to the same place, in order: only the last acknowledged one is still in the row, the
   * earlier ones only in the audit trail. `order` is the record's version after the write, or the
   * writer's own count where one writer owns the place.
   */
  slot?: { key: string; order: number };
  rows?: RowCheck[];
}

export interface WriteRecord extends Required<Omit<WriteSpec, 'slot'>> {
  kind: string;
  token: string;
  method: string;
  path: string;
  requestId: string | null;
  status: number;
  outcome: Outcome;
  slot: WriteSpec['slot'] | null;
  /** The answer was none of `expect`. */
  unexpected: boolean;
  /** The problem's detail, for a report of an unexpected answer. */
  detail: string;
}

export function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return 'acknowledged';
  if (status >= 400 && status < 500) return 'refused';
  return 'failed';
}

export const TOKEN_DIGITS = 6;

export class Ledger {
  readonly records: WriteRecord[] = [];
  /** Row counts that hold for the run as a whole (e.g. a milestone's final version). */
  readonly finalChecks: RowCheck[] = [];
  private next = 0;

  /** `runId`: hex digits, so that the tokens of this run are found with one LIKE and no other text matches. */
  constructor(readonly runId: string) {
    if (!/^[0-9a-f]{4,12}$/.test(runId)) throw new Error(`Ledger: the run id must be 4–12 hex digits, got "${runId}"`);
  }

  /** The token prefix of this run: every token is this and a serial number. */
  get prefix(): string {
    return `LT-${this.runId}-`;
  }

  /** The tokens of this run inside any text. */
  tokenPattern(): RegExp {
    return new RegExp(`${this.prefix}\\d{${TOKEN_DIGITS}}`, 'g');
  }

  token(): string {
    this.next += 1;
    return `${this.prefix}${String(this.next).padStart(TOKEN_DIGITS, '0')}`;
  }

  add(kind: string, token: string, method: string, path: string, answer: Answer, spec: WriteSpec): WriteRecord {
    const record: WriteRecord = {
      kind,
      token,
      method,
      path,
      requestId: answer.requestId,
      status: answer.status,
      outcome: outcomeOf(answer.status),
      expect: spec.expect,
      audit: spec.audit ?? [],
      tokenSent: spec.tokenSent ?? true,
      places: spec.places ?? [],
      slot: spec.slot ?? null,
      rows: spec.rows ?? [],
      unexpected: !spec.expect.includes(answer.status),
      detail: answer.error ?? String(answer.body?.detail ?? answer.body?.title ?? '').slice(0, 300),
    };
    this.records.push(record);
    return record;
  }

  count(outcome: Outcome): number {
    return this.records.filter((r) => r.outcome === outcome).length;
  }

  unexpected(): WriteRecord[] {
    return this.records.filter((r) => r.unexpected);
  }
}
