import type { ProtectionLevel } from '@/lib/domain/codes';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

export function LevelLabel({ level, batch }: { level: ProtectionLevel | null; batch: number | null }) {
  const t = getTranslator(useReaderLocale());
  if (!level) return <span className="muted">{t('level.none')}</span>;
  return (
    <span className={`level level-${level}`}>
      {t(`level.${level}`)}
      {batch !== null && <span className="level-batch">{t('home.batch', { batch })}</span>}
    </span>
  );
}
