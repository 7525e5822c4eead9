import 'server-only';
import { InvalidInputError, PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';

/** A JSON body larger than this is no form of ours: the largest real one (a verdict with its criteria) is a few KB. */
export const JSON_BODY_LIMIT = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The body's bytes, refused with `tooLarge` as soon as more than `max` arrive (or are announced). */
export async function readBoundedBody(request: Request, max: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(request.headers.get('content-length')) > max) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A JSON request body: 415 unless declared JSON, 413 over the limit, 400 unless valid UTF-8 JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) {
    throw new UnsupportedMediaTypeError('body', '请求体须为 JSON（Content-Type: application/json）。');
  }
  const bytes = await readBoundedBody(
    request,
    JSON_BODY_LIMIT,
    () => new PayloadTooLargeError('body', `请求体不能超过 ${JSON_BODY_LIMIT / 1024 / 1024} MB。`),
  );
  let text: string;
  try {
    // Never repaired into U+FFFD: text saved as evidence is saved as sent, or refused.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError('请求体不是有效的 UTF-8 文本。', { body: ['请求体：须为 UTF-8 编码'] });
  }
  if (!text.trim()) throw new InvalidInputError('请求体为空：需要 JSON。', { body: ['请求体：不能为空'] });
  try {
    return JSON.parse(text);
  } catch {
    // Also a nesting too deep for the parser (RangeError): still the client's body, not our fault.
    throw new InvalidInputError('请求体不是有效的 JSON。', { body: ['请求体：须为有效的 JSON'] });
  }
}
