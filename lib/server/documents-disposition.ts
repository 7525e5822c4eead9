/**
 * The Content-Disposition of a served document. Its download name comes from the document's
 * titles, never from the name the file was uploaded under (that name is not kept at all). A title
 * is free text, so the name is cleaned of what would make it harmful once saved to a disk:
 * control characters (CR, LF, NUL), bidirectional and zero-width marks (U+202E would show
 * "report‮fdp.exe" as "reportexe.pdf"), path separators and what Windows forbids in a name, and
 * Windows' device names (CON, NUL, COM1…, which stay reserved whatever extension follows).
 */

export const DISPOSITION_EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** Types a browser shows without running anything of ours: everything else is sent as an attachment. */
const SHOWN_INLINE = new Set(Object.keys(DISPOSITION_EXTENSIONS));

/** Longest base name kept, in characters: file systems cap a name at 255 bytes, and a CJK character is 3 of them in UTF-8. */
export const NAME_LIMIT = 60;

/** Controls, format marks (bidi overrides, zero-width), lone surrogates, line separators, and what Windows forbids. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>:"/\\|?*]+/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A title made safe as a file's base name, or '' when nothing usable is left. */
export function safeBaseName(title: string | null | undefined, limit = NAME_LIMIT): string {
  const cleaned = (title ?? '')
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    // Leading dots hide a file; trailing dots and spaces are dropped by Windows, leaving a different name.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const base = [...cleaned]
    .slice(0, limit)
    .join('')
    .replace(/[\s.]+$/, '');
  return WINDOWS_DEVICE.test(base) ? '' : base;
}

/** The English title in the letters every client reads, for `filename`. */
function asciiBaseName(title: string | null): string {
  const base = (title ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return WINDOWS_DEVICE.test(base) ? '' : base;
}

/** RFC 8187 leaves ' ( ) * out of attr-char: encode them too, not only what encodeURIComponent does. */
const encodeRfc8187 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface DispositionInput {
  id: number;
  titleZh: string;
  titleEn: string | null;
  /** The type of the bytes served (a variant's is image/webp). */
  type: string;
  variant?: string;
}

/**
 * `inline` for a PDF or an image (served with its own type and nosniff, a browser shows it and
 * runs nothing of ours), `attachment` for anything else; an ASCII `filename` (from the English
 * title) for old clients and the UTF-8 `filename*` (from the Chinese one) beside it.
 */
export function contentDisposition({ id, titleZh, titleEn, type, variant }: DispositionInput): string {
  const ext = DISPOSITION_EXTENSIONS[type] ?? 'bin';
  const suffix = variant ? `-${variant}` : '';
  const fallback = `document-${id}`;
  const ascii = asciiBaseName(titleEn) || fallback;
  const utf8 = safeBaseName(titleZh) || safeBaseName(titleEn) || fallback;
  const kind = SHOWN_INLINE.has(type) ? 'inline' : 'attachment';
  return `${kind}; filename="${ascii}${suffix}.${ext}"; filename*=UTF-8''${encodeRfc8187(`${utf8}${suffix}.${ext}`)}`;
}
