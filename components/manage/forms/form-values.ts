/**
 * What the inputs hold (strings, as typed) turned into what the API takes. The same body is
 * validated in the browser and sent, so the server judges exactly what the clerk saw judged.
 */

/** Optional text: blank means "not recorded" (null), never an empty string. */
export function textOrNull(value: string): string | null {
  return value.trim() ? value : null;
}

/** A partial date, or null when blank. */
export function dateOrNull(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** True when the text is blank or a plain decimal number. */
export function isNumberText(value: string): boolean {
  return !value.trim() || NUMBER.test(value.trim());
}

/**
 * A number, or null when blank. Anything else is passed on as typed, so the schema (and the
 * server) refuse it rather than a non-number silently becoming "not recorded".
 */
export function numberOrText(value: string): number | string | null {
  const v = value.trim();
  if (!v) return null;
  return NUMBER.test(v) ? Number(v) : v;
}

/** Aliases typed as one line: "二砂、郑州二砂". */
export function splitList(value: string): string[] {
  return value
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(list: readonly string[] | null | undefined): string {
  return (list ?? []).join('、');
}

/** A localized text whose Chinese may be blank: both sides null when blank. */
export function localizedOrNull(zh: string, en: string) {
  return { zh: textOrNull(zh), en: textOrNull(en) };
}

/** A name: Chinese always sent (the schema says when it is blank), English optional. */
export function nameBody(zh: string, en: string) {
  return { zh, en: textOrNull(en) };
}

/** A nullable value shown in an input. */
export function show(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A message for each number field holding letters, said more plainly than the schema's type error. */
export function notNumbers<V extends Record<string, unknown>>(values: V, keys: (keyof V & string)[], message: string) {
  return Object.fromEntries(keys.filter((k) => !isNumberText(String(values[k] ?? ''))).map((k) => [k, [message]]));
}
