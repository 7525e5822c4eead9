import type { PanelMemberDto } from '@/lib/api/review-dto';
import { formatTimestamp, t } from '../i18n';

/** Who sits on the panel, the chair first, and how far each has got: assessed, signed. */
export function PanelMembers({ panel, headingId }: { panel: PanelMemberDto[]; headingId: string }) {
  const members = [...panel].sort((a, b) => Number(b.chair) - Number(a.chair));
  const signed = panel.filter((m) => m.signedAt).length;
  return (
    <section className="inspection-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('manage.inspections.panel')}
        {panel.length > 0 && <span className="muted small"> · {t('manage.inspections.signedCount', { signed, total: panel.length })}</span>}
      </h4>
      {members.length ? (
        <ul className="panel-members">
          {members.map((m) => (
            <li key={m.id}>
              <span className="panel-member-name">
                {m.name}
                {m.chair && <span className="chair-mark">{t('manage.inspections.chair')}</span>}
              </span>
              <span className={m.assessed ? 'step-done' : 'step-todo'}>
                <span aria-hidden="true">{m.assessed ? '✓ ' : '○ '}</span>
                {m.assessed ? t('manage.inspections.assessed') : t('manage.inspections.notAssessed')}
              </span>
              <span className={m.signedAt ? 'step-done' : 'step-todo'}>
                <span aria-hidden="true">{m.signedAt ? '✓ ' : '○ '}</span>
                {m.signedAt ? t('manage.inspections.signed', { at: formatTimestamp(m.signedAt) }) : t('manage.inspections.notSigned')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('manage.inspections.panelNone')}</p>
      )}
    </section>
  );
}
