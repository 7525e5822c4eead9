import 'server-only';

/**
 * RFC 4180 CSV for people who open it in Excel: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the local code page and Chinese turns to mojibake), CRLF between records, and
 * every cell that holds a comma, a quote or a line break quoted with its quotes doubled.
 */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
/** A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  let text = String(value);
  // Numbers are ours and safe (a negative number stays a number); text from records is neutralised.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
