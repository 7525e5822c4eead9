import type { SourceDto } from '@/lib/api/dto';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { PartialDateText } from './partial-date';

export function SourcesList({ sources }: { sources: SourceDto[] }) {
  const t = getTranslator();
  if (!sources.length) return null;
  return (
    <section aria-labelledby="sources-heading" className="panel sources">
      <h2 id="sources-heading">{t('common.sources')}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.key}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {pickText(s.title)}
              </a>
            ) : (
              <cite>{pickText(s.title)}</cite>
            )}
            {[s.publisher, s.author].filter(Boolean).map((part) => (
              <span key={part} className="muted">
                {' · '}
                {part}
              </span>
            ))}
            {s.published && (
              <span className="muted">
                {' · '}
                <PartialDateText date={s.published} />
              </span>
            )}
            {s.citation && <div className="muted small">{s.citation}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
