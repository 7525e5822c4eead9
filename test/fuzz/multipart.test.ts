import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fileBytes, largestFile, type MultipartSpec, png, renderMultipart, UPLOAD_LIMIT } from './multipart';

const spec: MultipartSpec = {
  boundary: 'b0undary',
  mangle: 'none',
  parts: [
    { name: 'title', value: '施工照片' },
    { name: 'file', filename: 'a.png', contentType: 'image/png', file: 'png', seed: 4 },
  ],
};
const form = (body: Buffer, boundary = spec.boundary) =>
  new Response(new Uint8Array(body), { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }).formData();

describe('upload bodies', () => {
  it('writes a well-formed form that a server reads back', async () => {
    const read = await form(renderMultipart(spec));
    expect(read.get('title')).toBe('施工照片');
    const file = read.get('file') as File;
    expect(file.name).toBe('a.png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(fileBytes('png', 4));
  });

  it('makes real images, and headers that lie about their size', async () => {
    expect(await sharp(png(5, 6)).metadata()).toMatchObject({ format: 'png', width: 5, height: 6 });
    expect(await sharp(fileBytes('png-huge-dimensions', 0), { limitInputPixels: false }).metadata()).toMatchObject({
      width: 20_000,
      height: 20_000,
    });
    expect(fileBytes('pdf', 1).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('mangles: a form without its closing boundary or cut in half is not readable', async () => {
    await expect(form(renderMultipart({ ...spec, mangle: 'truncated' }))).rejects.toThrow();
    await expect(form(renderMultipart({ ...spec, mangle: 'other-boundary' }))).rejects.toThrow();
  });

  it('knows an oversize file without making it', () => {
    expect(largestFile({ ...spec, parts: [{ name: 'file', file: 'oversize', seed: 0 }] })).toBe(UPLOAD_LIMIT + 1);
    expect(fileBytes('oversize', 0).length).toBe(UPLOAD_LIMIT + 1);
  });
});
