import { NotFoundError } from './errors';

/** A numeric id from the path; anything else names no record (404). */
export function pathId(what: string, raw: string): number {
  const id = Number(raw);
  if (!/^[1-9]\d{0,15}$/.test(raw) || !Number.isSafeInteger(id)) throw new NotFoundError(what, raw);
  return id;
}
