/**
 * A plain GET over node:http, for the requests where fetch falls short: it decodes bodies (we need
 * the bytes as sent) and gives up on headers after 300 s (a first request that rebuilds a stale
 * search index at national scale can take longer).
 */
import http from 'node:http';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, still in its Content-Encoding. */
  body: Buffer;
}

export function get(url: string, headers: Record<string, string> = {}, timeoutMs = 600_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`GET ${url}: no answer within ${timeoutMs / 1000} s`)));
    request.on('error', reject);
  });
}
