/**
 * A clean stop, as a deployment stops the server: SIGTERM while a write is on its way. The write's
 * body is sent slowly, in pieces over about a second, around the signal; it must still get its
 * normal answer, no new connection may be taken meanwhile, the server must exit 0 within its grace
 * period having logged `stopped cleanly`, and the database must be closed (no write-ahead log left).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { Server } from '../../bench/run/server';
import type { Write } from './ledger';

/** scripts/serve.ts lets requests in flight this long before it cuts them off. */
const GRACE_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ShutdownResult {
  failures: string[];
  /** The slow write, for the ledger. */
  write: Write;
  /** From SIGTERM to the process's exit. */
  exitMs: number;
}

/** Resolves with the connection error's code, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A POST whose body goes out in `pieces` chunks, `gapMs` apart, once `go` resolves. */
function slowPost(url: URL, cookie: string, payload: Buffer, go: Promise<void>, pieces: number, gapMs: number) {
  let sentFirst: () => void = () => {};
  const first = new Promise<void>((resolve) => {
    sentFirst = resolve;
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, cookie },
    });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(GRACE_MS * 2, () => request.destroy(new Error('no answer')));
    const size = Math.ceil(payload.length / pieces);
    request.write(payload.subarray(0, size), () => sentFirst());
    void (async () => {
      await go;
      for (let offset = size; offset < payload.length; offset += size) {
        await sleep(gapMs);
        request.write(payload.subarray(offset, offset + size));
      }
      request.end();
    })();
  });
  // Settled as a value: a connection cut before the answer is a finding, not an unhandled rejection.
  return { first, answer: answer.catch((error: Error) => error) };
}

/** Stops `server` with SIGTERM in the middle of a building being created on `site`; the server is gone afterwards. */
export async function checkCleanShutdown(server: Server, cookie: string, database: string, site: string): Promise<ShutdownResult> {
  const failures: string[] = [];
  const token = `${site}-slow`;
  const payload = Buffer.from(JSON.stringify({ slug: token, name: { zh: '停机时仍在上传的建筑记录' }, condition: '良好'.repeat(200) }));
  let release: () => void = () => {};
  const go = new Promise<void>((resolve) => {
    release = resolve;
  });
  const post = slowPost(new URL(`/api/v1/sites/${site}/buildings`, server.url), cookie, payload, go, 10, 100);
  await post.first;
  await sleep(300); // the server has the request and waits for the rest of its body

  const signalled = performance.now();
  const exited = server.kill('SIGTERM');
  await sleep(200);
  const port = Number(new URL(server.url).port);
  const connect = await tryConnect(port);
  if (connect !== 'ECONNREFUSED') failures.push(`after SIGTERM a new connection was ${connect}, not refused`);
  release(); // the rest of the body, over about a second

  const write: Write = { kind: 'building', token, round: 0, outcome: 'in-flight' };
  const answer = await post.answer;
  if (answer instanceof Error) {
    failures.push(`the write in flight at SIGTERM got no answer: ${answer.message}`);
  } else {
    write.requestId = answer.headers['x-request-id'] as string | undefined;
    if (answer.status !== 201) {
      write.outcome = 'refused';
      write.detail = `${answer.status} ${answer.body.slice(0, 300)}`;
      failures.push(`the write in flight at SIGTERM was answered ${answer.status}, not 201: ${answer.body.slice(0, 300)}`);
    } else {
      write.outcome = 'acked';
      write.id = (JSON.parse(answer.body) as { id: number }).id;
    }
  }

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), GRACE_MS + 5000);
  });
  const exit = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  const exitMs = Math.round(performance.now() - signalled);
  if (exit === 'timeout') {
    failures.push(`the server had not exited ${(GRACE_MS + 5000) / 1000} s after SIGTERM`);
    await server.kill('SIGKILL');
  } else if (exit.code !== 0) {
    failures.push(`the server exited with ${exit.signal ?? `code ${exit.code}`} after SIGTERM, not 0`);
  } else if (exitMs > GRACE_MS) {
    failures.push(`the server took ${exitMs} ms to stop, more than its grace period of ${GRACE_MS} ms`);
  }

  const messages = server.output().flatMap((line) => {
    try {
      return [String((JSON.parse(line) as { msg?: unknown }).msg)];
    } catch {
      return [];
    }
  });
  if (!messages.includes('stopped cleanly'))
    failures.push(`no "stopped cleanly" in the server's log; its last lines:\n${server.output().slice(-10).join('\n')}`);
  const wal = fs.statSync(`${database}-wal`, { throwIfNoEntry: false });
  if (wal && wal.size > 0) failures.push(`the database was not closed cleanly: ${wal.size} bytes left in its write-ahead log`);
  return { failures, write, exitMs };
}
