import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';
import { prepareFile, readManifest, removeFile, sniffType, storedPath, variantPath, writeFile } from './files';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A real image, wider than tall, with an EXIF orientation that turns it a quarter (6: rotate 90° clockwise). */
const photo = (format: 'jpeg' | 'png' | 'webp', width = 2000, height = 1000, orientation?: number) => {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } });
  const withExif = orientation ? image.withMetadata({ orientation }) : image;
  return withExif.toFormat(format).toBuffer();
};

describe('sniffType: the type from the bytes, never the name', () => {
  it('knows PDF, JPEG, PNG and WebP by their signatures', async () => {
    expect(sniffType(PDF)).toBe('application/pdf');
    expect(sniffType(await photo('jpeg', 10, 10))).toBe('image/jpeg');
    expect(sniffType(await photo('png', 10, 10))).toBe('image/png');
    expect(sniffType(await photo('webp', 10, 10))).toBe('image/webp');
  });

  it('refuses text, other RIFF files, GIF, SVG and scraps too short to tell', () => {
    expect(sniffType(Buffer.from('just some notes, saved as photo.png'))).toBeNull();
    expect(sniffType(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(sniffType(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBeNull();
    expect(sniffType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffType(Buffer.from(' %PDF-1.4'))).toBeNull();
  });
});

describe('prepareFile', () => {
  it('refuses a text file renamed .png with 415 naming the file field and the rule', async () => {
    const error = await prepareFile(Buffer.from('not an image at all')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedMediaTypeError);
    expect((error as UnsupportedMediaTypeError).status).toBe(415);
    expect((error as UnsupportedMediaTypeError).errors?.file?.[0]).toMatch(/^文件：只接受 PDF、JPEG、PNG 或 WebP/);
  });

  it('refuses bytes that start like a PNG but do not decode', async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage'.repeat(50))]);
    const error = await prepareFile(fake).catch((e: unknown) => e);
    expect((error as UnsupportedMediaTypeError).status).toBe(415);
    expect((error as UnsupportedMediaTypeError).errors?.file?.[0]).toMatch(/图片无法解码/);
  });

  it('refuses an image of more pixels than the limit from its header, before decoding it (413)', async () => {
    // 12000×9000 of one colour: a small PNG that would unpack to 324 MB.
    const bomb = await sharp({ create: { width: 12000, height: 9000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const error = await prepareFile(bomb).catch((e: unknown) => e);
    expect((error as PayloadTooLargeError).status).toBe(413);
    expect((error as PayloadTooLargeError).errors?.file).toEqual(['文件：图片不能超过 1 亿像素（此图 12000×9000），请缩小后上传']);
  });

  it('keeps a PDF as it is, without variants', async () => {
    const file = await prepareFile(PDF);
    expect(file).toMatchObject({ mimeType: 'application/pdf', sizeBytes: PDF.length, image: null });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders an image upright (EXIF orientation applied), WebP, never enlarged, with no metadata left', async () => {
    const file = await prepareFile(await photo('jpeg', 2000, 1000, 6));
    // Orientation 6 stands the 2000×1000 picture up: 1000 wide, 2000 tall.
    expect(file.image?.manifest).toEqual({
      width: 1000,
      height: 2000,
      variants: { thumb: { width: 320, height: 640 }, '800': { width: 800, height: 1600 }, '1600': { width: 1000, height: 2000 } },
    });
    for (const data of Object.values(file.image?.variants ?? {})) {
      const meta = await sharp(data).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });
});

describe('writeFile / removeFile: content-addressed, atomic, the same bytes once', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-files-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stores the bytes under their hash with variants and manifest, and only once', async () => {
    const file = await prepareFile(await photo('png', 900, 600));
    expect(writeFile(root, file)).toBe(true);
    const original = storedPath(root, file.sha256);
    expect(original).toBe(path.join(root, file.sha256.slice(0, 2), file.sha256));
    expect(fs.readFileSync(original).equals(file.bytes)).toBe(true);
    expect((await sharp(variantPath(root, file.sha256, 'thumb')).metadata()).width).toBe(320);
    expect(readManifest(root, file.sha256)?.variants['800']).toEqual({ width: 800, height: 533 });

    const before = fs.statSync(original).mtimeMs;
    expect(writeFile(root, await prepareFile(Buffer.from(file.bytes)))).toBe(false);
    expect(fs.statSync(original).mtimeMs).toBe(before);
    // No temp file is left behind in the folder the writes went through.
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });

  it('removes a file with its variants and manifest', async () => {
    const file = await prepareFile(await photo('webp', 400, 300));
    writeFile(root, file);
    removeFile(root, file.sha256);
    expect(fs.readdirSync(path.join(root, file.sha256.slice(0, 2)))).toEqual([]);
    expect(readManifest(root, file.sha256)).toBeNull();
  });

  it('never builds a path from anything but a hash', () => {
    expect(() => storedPath(root, '../../etc/passwd')).toThrow(/not a sha256/);
  });
});
