import type { ApprovalDto } from '@/lib/api/dto';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { LocalText } from './local-text';
import { PartialDateText } from './partial-date';

export function ApprovalsTable({ approvals }: { approvals: ApprovalDto[] }) {
  const t = getTranslator(useReaderLocale());
  return (
    <div className="table-scroll">
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">{t('common.date')}</th>
            <th scope="col">{t('project.approvals')}</th>
            <th scope="col">{t('project.authority')}</th>
            <th scope="col">{t('project.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {approvals.map((a) => (
            <tr key={a.id}>
              <td data-label={t('common.date')}>
                <PartialDateText date={a.date} fallback={t('common.undated')} />
              </td>
              <td data-label={t('project.approvals')}>
                <strong>{t(`approvalSubject.${a.subject}`)}</strong>
                {a.subjectText && (
                  <div>
                    <LocalText text={a.subjectText} />
                  </div>
                )}
                {a.documentNumber && (
                  <div className="muted small nowrap">
                    <LocalText text={a.documentNumber} />
                  </div>
                )}
              </td>
              <td data-label={t('project.authority')}>
                {a.authority ? <LocalText text={a.authority.name} /> : <span className="muted">{t('common.unknown')}</span>}
              </td>
              <td data-label={t('project.decision')}>{t(`decision.${a.decision}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
