import { describe, expect, it } from 'vitest';
import { readUploadForm } from './documents-upload';
import type { AppError } from './errors';

const form = (size: number, fields: Record<string, string> = { title: '照片' }) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  data.append('file', new Blob([new Uint8Array(size).fill(65)]), 'a.png');
  return data;
};

/** A request as the server receives it: the multipart body streamed, its length declared or not. */
async function request(data: FormData, declare = true): Promise<Request> {
  const encoded = new Response(data);
  const type = encoded.headers.get('content-type') as string;
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const headers: Record<string, string> = { 'content-type': type };
  if (declare) headers['content-length'] = String(bytes.length);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(sent, sent + 1024));
      sent += 1024;
    },
  });
  return new Request('http://localhost/api/v1/documents', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: AppError) => ({ status: e.status, errors: e.errors }),
  );

describe('readUploadForm', () => {
  it('gives the text fields and the one file', async () => {
    const upload = await readUploadForm(await request(form(2000, { title: '办公楼东立面', kind: 'photo' })), 5000);
    expect(upload.fields).toEqual({ title: '办公楼东立面', kind: 'photo' });
    expect(upload.file?.name).toBe('a.png');
    expect(upload.file?.bytes.length).toBe(2000);
  });

  it('refuses a file over the limit with 413 naming the file field and the limit', async () => {
    const limit = 1024 * 1024;
    expect(await refusal(readUploadForm(await request(form(limit + 1)), limit))).toEqual({
      status: 413,
      errors: { file: ['文件：不能超过 1 MB（此文件 1.1 MB）'] },
    });
  });

  it('stops reading a body far over the limit while it arrives (no length declared)', async () => {
    const limit = 1024;
    const result = await refusal(readUploadForm(await request(form(2 * 1024 * 1024), false), limit));
    expect(result?.status).toBe(413);
  });

  it('refuses a declared length over the limit before reading', async () => {
    const req = await request(form(600 * 1024));
    expect((await refusal(readUploadForm(req, 1024)))?.status).toBe(413);
    expect(req.bodyUsed).toBe(false);
  });

  it('refuses anything but multipart/form-data with 415', async () => {
    const req = new Request('http://localhost/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await refusal(readUploadForm(req)))?.status).toBe(415);
  });

  it('refuses two files in one upload', async () => {
    const data = form(10);
    data.append('file', new Blob(['x']), 'b.pdf');
    expect(await refusal(readUploadForm(await request(data), 5000))).toEqual({
      status: 400,
      errors: { file: ['文件：一次只能上传一个文件'] },
    });
  });
});
