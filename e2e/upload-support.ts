/**
 * For the upload security spec: a multipart body written byte by byte (so a file name reaches the
 * server exactly as an attacker would send it, NUL and CR/LF included), hostile files, and a look
 * at everything kept beside the staff server's database.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { e2eDatabase } from './accounts';

export interface Part {
  name: string;
  value: Buffer | string;
  /** Written into the part's header as is, between quotes. */
  filename?: string;
  /** RFC 5987 form, for names a quoted string cannot carry. */
  filenameStar?: string;
  type?: string;
}

export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----upload-security-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let disposition = `form-data; name="${part.name}"`;
    if (part.filename !== undefined) disposition += `; filename="${part.filename}"`;
    if (part.filenameStar !== undefined) disposition += `; filename*=UTF-8''${encodeURIComponent(part.filenameStar)}`;
    const type = part.type ? `Content-Type: ${part.type}\r\n` : '';
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`),
      Buffer.from(part.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A real JPEG with HTML and a script in a comment segment: a valid image that is also "HTML" to a sniffer. */
export async function polyglotJpeg(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: `#${randomBytes(3).toString('hex')}` } })
    .jpeg()
    .toBuffer();
  const html = Buffer.from('<html><body><script>alert("uploaded")</script></body></html>');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(html.length + 2);
  // After SOI (FF D8): a COM segment (FF FE, its length, the text).
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, html, jpeg.subarray(2)]);
}

/**
 * A decompression bomb: a PNG whose header claims 60,000 × 60,000 pixels (10.8 GB unpacked) in a
 * few hundred bytes. Only the header may be read before it is refused.
 */
export function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(60_000, 0);
  header.writeUInt32BE(60_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = zlib.deflateSync(Buffer.alloc(10 * (1 + 60_000 * 3)));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Files that are not what their name says, none of them a PDF, JPEG, PNG or WebP. */
export const HOSTILE: { label: string; name: string; type: string; bytes: Buffer }[] = [
  { label: 'HTML named .pdf', name: 'report.pdf', type: 'application/pdf', bytes: Buffer.from('<!doctype html><script>alert(1)</script>') },
  { label: 'HTML named .jpg', name: 'photo.jpg', type: 'image/jpeg', bytes: Buffer.from('<html><body onload="alert(1)"></body></html>') },
  {
    label: 'SVG with a script named .jpg',
    name: 'photo.jpg',
    type: 'image/jpeg',
    bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  },
  {
    label: 'SVG with a script, as itself',
    name: 'plan.svg',
    type: 'image/svg+xml',
    bytes: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  },
  {
    label: 'a Linux executable named .pdf',
    name: 'report.pdf',
    type: 'application/pdf',
    bytes: Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01'), randomBytes(200)]),
  },
  {
    label: 'a Windows executable named .jpg',
    name: 'photo.jpg',
    type: 'image/jpeg',
    bytes: Buffer.concat([Buffer.from('MZ\x90\x00'), randomBytes(200)]),
  },
  {
    label: 'HTML behind a JPEG signature',
    name: 'photo.jpg',
    type: 'image/jpeg',
    bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(1)</script></html>')]),
  },
  {
    label: 'HTML behind a PNG signature',
    name: 'photo.png',
    type: 'image/png',
    bytes: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('<html><script>alert(1)</script></html>')]),
  },
  {
    label: 'a GIF (not a type we keep) named .png',
    name: 'photo.png',
    type: 'image/png',
    bytes: Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex'),
  },
  {
    label: 'a PDF signature after a byte-order mark',
    name: 'report.pdf',
    type: 'application/pdf',
    bytes: Buffer.from('\ufeff%PDF-1.4\n<script>'),
  },
  { label: 'JavaScript named .pdf', name: 'report.pdf', type: 'application/pdf', bytes: Buffer.from('alert(document.cookie)') },
];

/** What may lie beside the database: the database, its secret, and files named by their SHA-256. */
const KEPT = [
  /^heritage\.db(-wal|-shm|-journal)?$/,
  /^auth-secret$/,
  /^files\/[0-9a-f]{2}\/[0-9a-f]{64}(\.json|\.(thumb|800|1600)\.webp)?$/,
  /^files\/\.tmp\/[0-9a-f-]{36}$/,
];

/** Everything under the database's folder that is not one of those: an upload's name must never make a path. */
export function strayFiles(): string[] {
  const root = path.dirname(e2eDatabase());
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => !KEPT.some((pattern) => pattern.test(file)));
}

/** Whether these bytes are kept (content-addressed: files/ab/abcdef…), whatever other specs upload meanwhile. */
export function isKept(bytes: Buffer): boolean {
  const sha = createHash('sha256').update(bytes).digest('hex');
  return fs.existsSync(path.join(path.dirname(e2eDatabase()), 'files', sha.slice(0, 2), sha));
}

/** The name a browser saves a file under, from Content-Disposition's filename*. */
export const savedName = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]*)/.exec(header)?.[1] ?? '');
