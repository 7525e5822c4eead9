/**
 * The names index (search_names, migration 0006) finds terms of one or two characters, which the
 * trigram index cannot. Its tokenizer (unicode61) makes a token of every run of letters; a name is
 * stored with a space between all its characters, so each character is a token and a short term is
 * a phrase of adjacent tokens: "车间" → "车 间". The same spelling serves the triggers (as the SQL
 * function space_chars, registered on every connection by db/open.ts) and the queries.
 */
export function spaceChars(text: string): string {
  return Array.from(text).join(' ');
}

/** A short term as an FTS5 phrase over the names index; a quote inside is doubled, as FTS5 escapes it. */
export function namesPhrase(term: string): string {
  return `"${spaceChars(term).replaceAll('"', '""')}"`;
}
