import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { databasePath } from '@/db/open';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';

/**
 * The archive's files: content-addressed under `files/` beside the database, so the same bytes are
 * kept once whatever they were called, and no user-given name ever reaches the file system. The
 * type is judged from the bytes alone; images must also decode, and get their web-sized variants
 * (WebP, EXIF orientation applied, metadata stripped) when they are stored.
 */

export const FILE_SIZE_LIMIT = 20 * 1024 * 1024;

export const STORED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type StoredType = (typeof STORED_TYPES)[number];

/** Variant name → its width in pixels (never enlarged past the original). */
export const IMAGE_VARIANTS = { thumb: 320, '800': 800, '1600': 1600 } as const;
export type ImageVariant = keyof typeof IMAGE_VARIANTS;
/** Smallest first. Spelled out: an object lists number-like keys ('800') before the others. */
export const VARIANT_ORDER: readonly ImageVariant[] = ['thumb', '800', '1600'];
export const isImageVariant = (name: string): name is ImageVariant => Object.hasOwn(IMAGE_VARIANTS, name);

export interface Dimensions {
  width: number;
  height: number;
}

/** What is known about a stored image, kept beside it as `<sha256>.json`. */
export interface ImageManifest extends Dimensions {
  variants: Record<ImageVariant, Dimensions>;
}

/**
 * More pixels than any camera a bureau uses: a 20 MB PNG of a flat colour can unpack to gigabytes,
 * so the pixel count is checked from the header before anything is decoded.
 */
export const PIXEL_LIMIT = 100_000_000;

/** The rule a refused upload is told, naming the field. */
export const TYPE_RULE = '文件：只接受 PDF、JPEG、PNG 或 WebP（按文件内容判断，与文件名和声明的类型无关）';

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type of a file from its first bytes, or null when it is none we keep. */
export function sniffType(bytes: Uint8Array): StoredType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

const SHARP_FORMAT: Record<string, StoredType> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** An upload checked and made ready in memory: nothing is on disk yet. */
export interface PreparedFile {
  bytes: Buffer;
  sha256: string;
  mimeType: StoredType;
  sizeBytes: number;
  /** Images only: the rendered variants and their manifest. */
  image: { manifest: ImageManifest; variants: Record<ImageVariant, Buffer> } | null;
}

async function renderVariants(bytes: Buffer): Promise<NonNullable<PreparedFile['image']>> {
  const source = () => sharp(bytes, { failOn: 'error', limitInputPixels: PIXEL_LIMIT }).autoOrient();
  const oriented = await source().toBuffer({ resolveWithObject: true });
  const variants = {} as Record<ImageVariant, Buffer>;
  const sizes = {} as Record<ImageVariant, Dimensions>;
  for (const name of VARIANT_ORDER) {
    const width = IMAGE_VARIANTS[name];
    // WebP output carries no EXIF, XMP or ICC-as-metadata unless asked: the variants are stripped.
    const { data, info } = await source()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    variants[name] = data;
    sizes[name] = { width: info.width, height: info.height };
  }
  return { manifest: { width: oriented.info.width, height: oriented.info.height, variants: sizes }, variants };
}

/**
 * Checks the bytes (type from the content; an image must decode with sharp as the type it claims)
 * and renders an image's variants. Throws 415 naming `field`.
 */
export async function prepareFile(bytes: Buffer, field = 'file'): Promise<PreparedFile> {
  const mimeType = sniffType(bytes);
  if (!mimeType) throw new UnsupportedMediaTypeError(field, TYPE_RULE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (mimeType === 'application/pdf') return { bytes, sha256, mimeType, sizeBytes: bytes.length, image: null };
  const undecodable = new UnsupportedMediaTypeError(field, '文件：图片无法解码（文件可能已损坏或不完整），请重新导出后上传');
  // Only the header is read here; without lifting sharp's own pixel limit, a decompression bomb
  // (60,000 × 60,000 px in 2 KB) would fail as "undecodable" (415) instead of naming the limit (413).
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || SHARP_FORMAT[meta.format ?? ''] !== mimeType || !meta.width || !meta.height) throw undecodable;
  if (meta.width * meta.height > PIXEL_LIMIT) {
    throw new PayloadTooLargeError(field, `文件：图片不能超过 1 亿像素（此图 ${meta.width}×${meta.height}），请缩小后上传`);
  }
  let image: PreparedFile['image'];
  try {
    image = await renderVariants(bytes);
  } catch {
    throw undecodable;
  }
  return { bytes, sha256, mimeType, sizeBytes: bytes.length, image };
}

/** `files/` in the database's folder (DATABASE_PATH), so a backup of that folder holds both. */
export function filesRoot(): string {
  return path.join(/*turbopackIgnore: true*/ path.dirname(databasePath()), 'files');
}

function assertHash(sha256: string) {
  // Paths are built only from our own hex digests; anything else is a bug, not a file name.
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
}

/** Where a file (or one of its variants, or its manifest) lives: `files/ab/abcdef….` */
export function storedPath(root: string, sha256: string, suffix: '' | `.${ImageVariant}.webp` | '.json' = ''): string {
  assertHash(sha256);
  return path.join(/*turbopackIgnore: true*/ root, sha256.slice(0, 2), `${sha256}${suffix}`);
}

export const variantPath = (root: string, sha256: string, variant: ImageVariant) => storedPath(root, sha256, `.${variant}.webp`);

/** Temp file in the same file system, then rename: a reader never sees half a file. */
function writeAtomically(root: string, target: string, data: Buffer | string) {
  const tmpDir = path.join(/*turbopackIgnore: true*/ root, '.tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = path.join(/*turbopackIgnore: true*/ tmpDir, randomUUID());
  try {
    fs.writeFileSync(tmp, data, { flag: 'wx' });
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Writes a prepared file unless the same bytes are already kept. Synchronous, so a service can do
 * it as the last step of its transaction. The manifest goes last: it marks an image complete.
 * Returns whether anything new was written.
 */
export function writeFile(root: string, file: PreparedFile): boolean {
  const original = storedPath(root, file.sha256);
  const manifest = storedPath(root, file.sha256, '.json');
  const complete = fs.existsSync(original) && (!file.image || fs.existsSync(manifest));
  if (complete) return false;
  if (file.image) {
    for (const [name, data] of Object.entries(file.image.variants) as [ImageVariant, Buffer][]) {
      writeAtomically(root, variantPath(root, file.sha256, name), data);
    }
  }
  if (!fs.existsSync(original)) writeAtomically(root, original, file.bytes);
  if (file.image) writeAtomically(root, manifest, JSON.stringify(file.image.manifest));
  return true;
}

/** Removes a file with its variants and manifest (the caller has checked no document uses it). */
export function removeFile(root: string, sha256: string): void {
  for (const suffix of ['', '.json', ...VARIANT_ORDER.map((v) => `.${v}.webp`)] as const) {
    fs.rmSync(storedPath(root, sha256, suffix as ''), { force: true });
  }
}

/** An image's manifest, or null for a PDF or a file whose variants are missing. */
export function readManifest(root: string, sha256: string): ImageManifest | null {
  try {
    return JSON.parse(fs.readFileSync(storedPath(root, sha256, '.json'), 'utf8')) as ImageManifest;
  } catch {
    return null;
  }
}
