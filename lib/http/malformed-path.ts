/**
 * An address whose path holds a malformed %-escape (`/sites/%E0%A4%A`) names nothing, and Next
 * answers it with a bare 500 before any code of ours runs. The server answers a machine's address
 * (the API, stored files) with a 400 in the API's problem+json shape; a person's page address is
 * passed on with its % signs escaped, so that it names, literally, a record that does not exist and
 * gets the site's own 404 page in the reader's language.
 */
export function hasMalformedPath(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const MACHINE_PATH = /^\/(?:api|files|_next)\//;

export function isMachinePath(url: string): boolean {
  return MACHINE_PATH.test(url);
}

/** The same address with every % of its path escaped: `/sites/%E0%A4%A` → `/sites/%25E0%25A4%25A`. */
export function escapePathPercents(url: string): string {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  return path.replaceAll('%', '%25') + (query === -1 ? '' : url.slice(query));
}

export function malformedPathProblem(reqId: string): string {
  return JSON.stringify({
    type: '/problems/invalid-input',
    title: 'Invalid input',
    status: 400,
    detail: '网址无效：其中的 % 转义不完整。',
    requestId: reqId,
  });
}
