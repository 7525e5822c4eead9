/** The CSV export as a reader's spreadsheet gets it, checked as it is read. */

/** RFC 4180, strictly: quoted cells with doubled quotes, CRLF between records and after the last. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`line break outside quotes without CRLF at ${i}`);
    else if (c === '"') throw new Error(`quote inside an unquoted cell at ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error('a quoted cell is never closed');
  if (cell !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}
