/**
 * A request Node cannot parse (headers or address over its 16 KB limit, broken framing) never
 * reaches Next: Node answers it bare (431/400, no body, no id) and logs nothing. The server answers
 * it in the API's shape instead, with a request id that is also in the log.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { securityHeaders } from './security-headers';

function statusFor(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

const DETAILS: Record<number, string> = {
  431: '请求的地址或请求头过长。',
  408: '请求未能在时限内发送完毕。',
  400: '请求格式无效，无法解析。',
};

/** For `server.on('clientError', …)`. */
export function answerUnparsableRequest(logger: Logger) {
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    // The client is gone or the answer could not be written: nothing to say to anyone.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const reqId = randomUUID();
    const status = statusFor(error.code);
    logger.warn({ reqId, code: error.code, status }, 'refused a request that could not be parsed');
    const body = JSON.stringify({
      type: '/problems/bad-request',
      title: STATUS_CODES[status],
      status,
      detail: DETAILS[status],
      requestId: reqId,
    });
    const headers = {
      ...securityHeaders(false),
      'content-type': 'application/problem+json',
      'content-length': String(Buffer.byteLength(body)),
      'x-request-id': reqId,
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('')}\r\n${body}`);
  };
}
