import type { SourceDto } from '@/lib/api/dto';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { LocalText } from './local-text';
import { PartialDateText } from './partial-date';

export function SourcesList({ sources }: { sources: SourceDto[] }) {
  const t = getTranslator(useReaderLocale());
  if (!sources.length) return null;
  return (
    <section aria-labelledby="sources-heading" className="panel sources">
      <h2 id="sources-heading">{t('common.sources')}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.key}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                <LocalText text={s.title} />
              </a>
            ) : (
              <cite>
                <LocalText text={s.title} />
              </cite>
            )}
            {/* Publishers, authors and citations are quoted as the source gives them: in Chinese. */}
            {[s.publisher, s.author]
              .filter((part): part is string => !!part)
              .map((part) => (
                <span key={part} className="muted">
                  {' · '}
                  <LocalText text={part} />
                </span>
              ))}
            {s.published && (
              <span className="muted">
                {' · '}
                <PartialDateText date={s.published} />
              </span>
            )}
            {s.citation && (
              <div className="muted small">
                <LocalText text={s.citation} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
