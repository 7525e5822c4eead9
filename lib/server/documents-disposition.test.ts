import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition, NAME_LIMIT, safeBaseName } from './documents-disposition';

const pdf = { id: 42, titleEn: null, type: 'application/pdf' };

/** The UTF-8 file name a browser reads from filename*. */
const utf8Name = (header: string) => decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)?.[1] ?? '');
const asciiName = (header: string) => /filename="([^"]*)"/.exec(header)?.[1] ?? '';

/** What must never reach a saved file's name. */
const HARMFUL = /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\p{Cs}<>:"/\\|?*]/u;

describe('contentDisposition', () => {
  it('names a PDF by its titles, inline', () => {
    expect(contentDisposition({ ...pdf, titleZh: '竣工报告', titleEn: 'Completion report' })).toBe(
      `inline; filename="Completion-report.pdf"; filename*=UTF-8''${encodeURIComponent('竣工报告.pdf')}`,
    );
  });

  it('sends anything but a PDF or an image as an attachment', () => {
    expect(contentDisposition({ ...pdf, titleZh: '说明', type: 'text/html' })).toMatch(/^attachment; filename="document-42\.bin"/);
    expect(contentDisposition({ ...pdf, titleZh: '照片', type: 'image/webp', variant: '1600' })).toMatch(
      /^inline; filename="document-42-1600\.webp"/,
    );
  });

  it('drops CR, LF and NUL: no header or name can be split by a title', () => {
    const header = contentDisposition({ ...pdf, titleZh: '报告\r\nSet-Cookie: a=b\u0000', titleEn: 'x\r\ny' });
    expect(header).not.toMatch(/\p{Cc}/u);
    expect(utf8Name(header)).toBe('报告 Set-Cookie a=b.pdf');
    expect(asciiName(header)).toBe('x-y.pdf');
  });

  it('drops the right-to-left override that would disguise an extension', () => {
    const header = contentDisposition({ ...pdf, titleZh: 'invoice\u202Egpj.exe' });
    expect(utf8Name(header)).toBe('invoice gpj.exe.pdf');
    expect(header).not.toContain('%E2%80%AE');
  });

  it('keeps path separators and parent references out of the name', () => {
    const header = contentDisposition({ ...pdf, titleZh: '../../etc/passwd', titleEn: '..\\..\\boot.ini' });
    expect(utf8Name(header)).toBe('etc passwd.pdf');
    expect(asciiName(header)).toBe('boot.ini.pdf');
  });

  it('never names a file after a Windows device, whatever extension follows', () => {
    for (const title of ['CON', 'nul', 'Aux', 'com1', 'LPT9', 'con.txt', 'PRN ']) {
      const header = contentDisposition({ ...pdf, titleZh: title, titleEn: title });
      expect(utf8Name(header), title).toBe('document-42.pdf');
      expect(asciiName(header), title).toBe('document-42.pdf');
    }
    expect(utf8Name(contentDisposition({ ...pdf, titleZh: 'console' }))).toBe('console.pdf');
  });

  it('caps a long title', () => {
    const name = utf8Name(contentDisposition({ ...pdf, titleZh: '档'.repeat(10_000) }));
    expect(name).toBe(`${'档'.repeat(NAME_LIMIT)}.pdf`);
    expect(Buffer.byteLength(name)).toBeLessThan(255);
  });

  it('falls back to the document number when nothing usable is left', () => {
    expect(utf8Name(contentDisposition({ ...pdf, titleZh: '\u202E\u0000...' }))).toBe('document-42.pdf');
  });

  it('any title gives one header line with safe names of bounded length (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ unit: 'binary', maxLength: 300 })), (zh, en) => {
        const header = contentDisposition({ ...pdf, titleZh: zh, titleEn: en });
        expect(header).toMatch(/^inline; filename="[A-Za-z0-9._-]+\.pdf"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
        const name = utf8Name(header);
        expect(name).not.toMatch(HARMFUL);
        expect(name).not.toMatch(/^[.\s]/);
        expect(Buffer.byteLength(name)).toBeLessThan(255);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('safeBaseName', () => {
  it('trims dots and spaces that would hide a file or change its name on Windows', () => {
    expect(safeBaseName('  .hidden.  ')).toBe('hidden');
    expect(safeBaseName('a\u200Bb')).toBe('a b');
    // A lone surrogate (JSON can carry one) would make encodeURIComponent throw.
    expect(safeBaseName('a\ud800b')).toBe('a b');
  });
});
