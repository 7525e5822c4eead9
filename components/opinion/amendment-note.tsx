import Link from 'next/link';
import type { InspectionDto } from '@/lib/api/dto';
import { formatInstant, formatPartialDate } from '@/lib/domain/partial-date';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { clause, opinionHref } from './format';

/** On a correction: which opinion it corrects, why, and who opened it when, with a link to the original. */
export function AmendmentNote({ projectSlug, amends }: { projectSlug: string; amends: NonNullable<InspectionDto['amends']> }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  // A correction of a correction shares the meeting date: the signing day tells them apart.
  const original = amends.signedAt
    ? t('opinion.signedOn', { date: formatInstant(amends.signedAt, false, locale) })
    : amends.date
      ? formatPartialDate(amends.date, locale)
      : t('common.undated');
  return (
    <p className="amendment-note">
      <span aria-hidden="true">↺ </span>
      {t('opinion.amends', {
        date: original,
        reason: amends.reason ? clause(amends.reason) : t('opinion.unknownReason'),
        by: amends.by ?? t('opinion.unknownPerson'),
        at: formatInstant(amends.at, false, locale),
      })}
      <Link href={localeHref(locale, opinionHref(projectSlug, amends.id))}>{t('opinion.amendsOriginal')}</Link>
    </p>
  );
}
