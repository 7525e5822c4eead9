import { LocalText } from '@/components/ui/local-text';
import type { PanelSignatureDto } from '@/lib/api/dto';
import { formatInstant } from '@/lib/domain/partial-date';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/** The panel as the signed opinion lists it: the chair first, each with the time they signed. */
export function PanelList({ panel }: { panel: PanelSignatureDto[] }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const ordered = [...panel.filter((m) => m.chair), ...panel.filter((m) => !m.chair)];
  return (
    <ol className="panel-list">
      {ordered.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two experts may share a name; the order is fixed
        <li key={`${i}-${m.name}`} className={m.chair ? 'chair' : undefined}>
          <span className="panel-role">{t(m.chair ? 'opinion.chair' : 'opinion.member')}</span>
          {/* A person's name as registered, in Chinese. */}
          <span className="panel-name">
            <LocalText text={m.name} />
          </span>
          <span className="panel-signed">
            {m.signedAt ? (
              <time dateTime={m.signedAt}>{t('opinion.signedAt', { time: formatInstant(m.signedAt, true, locale) })}</time>
            ) : (
              t('opinion.notSigned')
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
