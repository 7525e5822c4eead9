/**
 * Code lists of the review workspace with their Chinese labels, and the badges of an inspection's
 * stage. Status is never colour alone: every badge has a symbol and its words.
 */
import { Badge, verdictTone } from '@/components/ui/badge';
import type { InspectionStage } from '@/lib/api/review-dto';
import {
  ACCEPTANCE_CRITERIA,
  type AcceptanceCriterion,
  CRITERION_GRADES,
  type CriterionGrade,
  VERDICTS,
  type Verdict,
} from '@/lib/domain/codes';
import { t } from './i18n';

export interface Option {
  value: string;
  label: string;
}

/** Real opinions word some criteria their own way: archives are 齐全, an objective is 达到. */
export function gradeLabel(criterion: AcceptanceCriterion, grade: CriterionGrade): string {
  const specific = `gradeFor.${criterion}.${grade}`;
  return t.has(specific as 'grade.good') ? t(specific as 'grade.good') : t(`grade.${grade}`);
}

export const criterionLabel = (c: AcceptanceCriterion) => t(`criterion.${c}`);

export const criterionOptions: Option[] = ACCEPTANCE_CRITERIA.map((c) => ({ value: c, label: criterionLabel(c) }));

export function gradeOptions(criterion: AcceptanceCriterion): Option[] {
  return CRITERION_GRADES.map((g) => ({ value: g, label: gradeLabel(criterion, g) }));
}

export const verdictOptions: Option[] = VERDICTS.map((v) => ({ value: v, label: t(`verdict.${v}`) }));

const stageTone: Record<InspectionStage, [tone: string, symbol: string]> = {
  assessing: ['active', '◔'],
  signing: ['warn', '✎'],
  locked: ['done', '■'],
};

export function StageBadge({ stage }: { stage: InspectionStage }) {
  const [tone, symbol] = stageTone[stage];
  return <Badge tone={tone} symbol={symbol} label={t(`review.stage.${stage}`)} />;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const [tone, symbol] = verdictTone[verdict];
  return <Badge tone={tone} symbol={symbol} label={t(`verdict.${verdict}`)} />;
}

export function ChairBadge() {
  return <Badge tone="pending" symbol="★" label={t('review.chair')} />;
}
