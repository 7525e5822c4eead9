/**
 * Upload bodies (multipart/form-data), written byte by byte so that they can be wrong in the ways a
 * real client or an attacker gets them wrong: a missing closing boundary, a cut-off body, bare LF
 * line ends, a file where a text field belongs, hostile file names, bytes that lie about their type.
 */
import { deflateSync } from 'node:zlib';

/** What a file part holds, made when the body is rendered. */
export const FILE_KINDS = [
  'png',
  'pdf',
  'png-truncated',
  'png-huge-dimensions',
  'random',
  'empty',
  'html',
  'svg',
  'gif',
  'exe',
  'zip',
  'pdf-header-only',
  'oversize',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface TextPart {
  name: string;
  value: string;
}
export interface FilePart {
  name: string;
  /** Absent: the part has no filename attribute at all. */
  filename?: string;
  contentType?: string;
  file: FileKind;
  /** Varies the random bytes and the image size. */
  seed: number;
}
export type Part = TextPart | FilePart;

export const MANGLES = ['none', 'no-closing-boundary', 'truncated', 'lf-line-ends', 'other-boundary'] as const;
export type Mangle = (typeof MANGLES)[number];

export interface MultipartSpec {
  boundary: string;
  parts: Part[];
  mangle: Mangle;
}

/** The upload limit of lib/server/files.ts (20 MB); `oversize` is one byte over it. */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG, `width`×`height`, RGB, one flat colour; or one whose header claims far more pixels than its data holds. */
export function png(width: number, height: number, claim?: { width: number; height: number }): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(claim?.width ?? width, 0);
  header.writeUInt32BE(claim?.height ?? height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7f)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');

function randomBytes(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function fileBytes(kind: FileKind, seed: number): Buffer {
  const side = 1 + (seed % 40);
  switch (kind) {
    case 'png':
      return png(side, side + 1);
    case 'pdf':
      return Buffer.concat([PDF, Buffer.from(`% ${seed}\n`)]);
    case 'png-truncated':
      return png(side, side).subarray(0, 40);
    case 'png-huge-dimensions':
      return png(1, 1, { width: 20_000 + seed, height: 20_000 });
    case 'random':
      return randomBytes(seed, 1 + (seed % 5000));
    case 'empty':
      return Buffer.alloc(0);
    case 'html':
      return Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    case 'svg':
      return Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    case 'gif':
      return Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    case 'exe':
      return Buffer.concat([Buffer.from('MZ'), randomBytes(seed, 200)]);
    case 'zip':
      return Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(seed, 200)]);
    case 'pdf-header-only':
      return Buffer.from('%PDF-');
    case 'oversize':
      return Buffer.concat([PDF, Buffer.alloc(UPLOAD_LIMIT + 1 - PDF.length, 0x20)]);
  }
}

const CRLF = '\r\n';

/** The body's bytes, mangled as the spec says. */
export function renderMultipart(spec: MultipartSpec): Buffer {
  const eol = spec.mangle === 'lf-line-ends' ? '\n' : CRLF;
  const boundary = spec.mangle === 'other-boundary' ? `${spec.boundary}-other` : spec.boundary;
  const chunks: Buffer[] = [];
  for (const part of spec.parts) {
    let head = `--${boundary}${eol}Content-Disposition: form-data; name="${part.name}"`;
    if ('file' in part) {
      if (part.filename !== undefined) head += `; filename="${part.filename}"`;
      head += eol;
      if (part.contentType !== undefined) head += `Content-Type: ${part.contentType}${eol}`;
      chunks.push(Buffer.from(`${head}${eol}`, 'utf8'), fileBytes(part.file, part.seed), Buffer.from(eol));
    } else {
      chunks.push(Buffer.from(`${head}${eol}${eol}${part.value}${eol}`, 'utf8'));
    }
  }
  if (spec.mangle !== 'no-closing-boundary') chunks.push(Buffer.from(`--${boundary}--${eol}`));
  const body = Buffer.concat(chunks);
  return spec.mangle === 'truncated' ? body.subarray(0, Math.floor(body.length / 2)) : body;
}

/** The size of the largest file in the spec, to know which upload is over the limit without rendering it. */
export function largestFile(spec: MultipartSpec): number {
  return Math.max(
    0,
    ...spec.parts.map((p) => ('file' in p ? (p.file === 'oversize' ? UPLOAD_LIMIT + 1 : fileBytes(p.file, p.seed).length) : 0)),
  );
}
