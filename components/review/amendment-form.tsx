'use client';

import { useRouter } from 'next/navigation';
import { TextField } from '@/components/manage/forms/field';
import styles from '@/components/manage/forms/form.module.css';
import { FormErrors } from '@/components/manage/forms/form-errors';
import { SubmitRow } from '@/components/manage/forms/submit-row';
import { useSchemaForm } from '@/components/manage/forms/use-schema-form';
import { amendmentSchema } from '@/lib/api/inspection-schemas';
import { amendInspection } from '@/lib/api/mutations';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { t } from './i18n';
import { useInspectionCache } from './use-inspection-cache';

/** The chair opens a correction of a locked record; the panel then works on the new one. */
export function AmendmentForm({ dto }: { dto: InspectionReviewDto }) {
  const router = useRouter();
  const cache = useInspectionCache(dto.id, dto.project.slug);
  const form = useSchemaForm<{ reason: string }, { id: number }>({
    id: `amend-${dto.id}`,
    initial: { reason: '' },
    schema: amendmentSchema,
    toBody: (v) => ({ reason: v.reason }),
    send: (body) => amendInspection(dto.id, body as { reason: string }),
    labels: { reason: t('review.amend.reason') },
    refresh: false,
    invalidates: cache.keys,
    onSaved: (result) => router.push(`/review/inspections/${result.id}`),
  });
  const titleId = `${form.id}-title`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
        <h2 id={titleId}>{t('review.amend.title')}</h2>
        <p className="muted small">{t('review.amend.lead')}</p>
        <FormErrors form={form} />
        <TextField label={t('review.amend.reason')} hint={t('review.amend.reasonHint')} required multiline {...form.text('reason')} />
        <SubmitRow label={t('review.amend.submit')} pending={form.pending} />
      </form>
    </section>
  );
}
