/** What the load test uses of autocannon 9 beyond bench/run/autocannon.d.ts: each answer's status, body and headers. */
import 'autocannon';

declare module 'autocannon' {
  interface Request {
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }
}
