import type { DocumentDto } from '@/lib/api/dto';
import { htmlLang, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translator';

/** "（PDF，1.2 MB）" / " (PDF, 1.2 MB)": what a reader is about to open, punctuated for the language. */
export function fileFacts(doc: DocumentDto, t: Translator, locale: Locale): string {
  const number = new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 1 });
  const size =
    doc.sizeBytes >= 1024 * 1024
      ? `${number.format(doc.sizeBytes / 1024 / 1024)} MB`
      : `${number.format(Math.max(1, doc.sizeBytes / 1024))} KB`;
  const key = `documents.type.${doc.mimeType}` as 'documents.type.application/pdf';
  return t('documents.fileFacts', { type: t.has(key) ? t(key) : doc.mimeType, size });
}

/** Photos for the gallery; everything else (PDFs, scanned letters) for the list. Evidence pairs are shown apart. */
export function splitDocuments(docs: DocumentDto[]): { photos: DocumentDto[]; files: DocumentDto[]; evidence: DocumentDto[] } {
  const evidence = docs.filter((d) => d.evidence !== null && d.image);
  const rest = docs.filter((d) => !evidence.includes(d));
  return {
    photos: rest.filter((d) => d.kind === 'photo' && d.image),
    files: rest.filter((d) => !(d.kind === 'photo' && d.image)),
    evidence,
  };
}
