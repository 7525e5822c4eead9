import { LocalText } from '@/components/ui/local-text';
import type { InspectionFindingDto } from '@/lib/api/dto';
import type { AcceptanceCriterion } from '@/lib/domain/codes';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/** Problems found, under the criterion each concerns (工程质量, 档案资料 …), numbered as in an opinion. */
export function ProblemList({ findings }: { findings: InspectionFindingDto[] }) {
  const t = getTranslator(useReaderLocale());
  const groups: { criterion: AcceptanceCriterion; texts: InspectionFindingDto['text'][] }[] = [];
  for (const f of findings) {
    const last = groups.at(-1);
    if (last?.criterion === f.criterion) last.texts.push(f.text);
    else groups.push({ criterion: f.criterion, texts: [f.text] });
  }
  return (
    <dl className="problem-list">
      {groups.map((g) => (
        <div key={g.criterion} className="problem-group">
          <dt>{t(`criterion.${g.criterion}`)}</dt>
          <dd>
            <ol>
              {g.texts.map((text, i) => (
                // Findings have no id in the public DTO; their order within a criterion is fixed.
                // biome-ignore lint/suspicious/noArrayIndexKey: stable order, never reordered on the page
                <li key={i} className="problem">
                  <LocalText text={text} />
                </li>
              ))}
            </ol>
          </dd>
        </div>
      ))}
    </dl>
  );
}
