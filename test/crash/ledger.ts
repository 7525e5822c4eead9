/**
 * The crash test's record of every write it sent and what it learnt of it. What the database must
 * hold after a kill follows from the outcome: an acknowledged write is there with its audit event,
 * one that never reached the server is not, one cut off by the kill may be either, but whole.
 */

/** Milestone notes saved with their version, and three kinds of record created. */
export type WriteKind = 'milestone' | 'site' | 'building' | 'designation';

/**
 * - acked: a 2xx answer arrived;
 * - in-flight: the connection broke before an answer (the kill): committed or not, never half;
 * - not-sent: the connection was refused, so the server never saw it;
 * - refused: any other answer, or none in time, from a server that was running: a failure in itself.
 */
export type Outcome = 'acked' | 'in-flight' | 'not-sent' | 'refused';

export interface Write {
  kind: WriteKind;
  /** What makes it recognisable in the database: the note, the slug or the document number it wrote. */
  token: string;
  round: number;
  outcome: Outcome;
  /** The server's id for the request (x-request-id), which its audit event carries. */
  requestId?: string;
  /** The record's id: the milestone saved, or the one the answer says was created. */
  id?: number;
  /** For a milestone save: the version the answer gave. */
  version?: number;
  /** For a refusal: what came back. */
  detail?: string;
}

/** A milestone a writer owns, and its version before the run's first save: every later version is ours. */
export interface OwnedMilestone {
  id: number;
  startVersion: number;
}

export interface RoundFigures {
  acked: number;
  inFlightCommitted: number;
  inFlightAbsent: number;
  notSent: number;
}
