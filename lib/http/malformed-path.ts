/**
 * An address whose path holds a malformed %-escape (`/sites/%E0%A4%A`) names nothing, and Next
 * answers it with a bare 500 before any code of ours runs. The server answers 400 for it instead,
 * in the API's problem+json shape, with the request id.
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

export function malformedPathProblem(reqId: string): string {
  return JSON.stringify({
    type: '/problems/invalid-input',
    title: 'Invalid input',
    status: 400,
    detail: '网址无效：其中的 % 转义不完整。',
    requestId: reqId,
  });
}
