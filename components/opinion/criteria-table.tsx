import type { InspectionDto } from '@/lib/api/dto';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { gradeLabel } from './format';

/** The panel's conclusion per criterion, in the order real opinions give them. */
export function CriteriaTable({ criteria, caption }: { criteria: InspectionDto['criteria']; caption?: string }) {
  const t = getTranslator(useReaderLocale());
  return (
    <div className="table-scroll">
      <table className="criteria">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('opinion.criterion')}</th>
            <th scope="col">{t('opinion.grade')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.criterion}>
              <th scope="row">{t(`criterion.${c.criterion}`)}</th>
              <td>{gradeLabel(t, c.criterion, c.grade)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
