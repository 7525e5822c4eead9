import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { JSON_BODY_LIMIT, readJsonBody } from './request-body';

function post(body: BodyInit | null, type: string | null = 'application/json', headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/v1/x', {
    method: 'POST',
    body,
    headers: { ...(type ? { 'content-type': type } : {}), ...headers },
    // A stream body needs this in Node's fetch.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function refusal(request: Request): Promise<{ status: number; errors?: Record<string, string[]> }> {
  try {
    await readJsonBody(request);
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, errors: error.errors };
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('readJsonBody', () => {
  it('parses a JSON body, +json types included', async () => {
    expect(await readJsonBody(post('{"a":"二砂"}'))).toEqual({ a: '二砂' });
    expect(await readJsonBody(post('[1]', 'application/merge-patch+json; charset=utf-8'))).toEqual([1]);
  });

  it('refuses another content type with 415', async () => {
    expect(await refusal(post('{"a":1}', 'text/plain'))).toMatchObject({ status: 415, errors: { body: [expect.any(String)] } });
    expect(await refusal(post('{"a":1}', null))).toMatchObject({ status: 415 });
  });

  it('refuses a body over the limit with 413, announced or not', async () => {
    const big = `"${'x'.repeat(JSON_BODY_LIMIT)}"`;
    expect(await refusal(post(big))).toMatchObject({ status: 413, errors: { body: [expect.stringContaining('1 MB')] } });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    expect(await refusal(post(stream))).toMatchObject({ status: 413 });
    expect(await refusal(post('{}', 'application/json', { 'content-length': String(JSON_BODY_LIMIT + 1) }))).toMatchObject({ status: 413 });
  });

  it('refuses bytes that are not UTF-8 rather than repairing them', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]); // {"a":"\xff\xfe"}
    expect(await refusal(post(bytes))).toMatchObject({ status: 400, errors: { body: [expect.stringContaining('UTF-8')] } });
  });

  it('refuses empty, malformed and too deeply nested JSON with 400', async () => {
    expect(await refusal(post(''))).toMatchObject({ status: 400 });
    expect(await refusal(post('{"a":'))).toMatchObject({ status: 400 });
    expect(await refusal(post('['.repeat(500_000)))).toMatchObject({ status: 400 });
  });
});
