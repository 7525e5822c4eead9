import type { BuildingStatus, ProjectStatus, Verdict } from '@/lib/domain/codes';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { Badge, buildingTone, projectTone, verdictTone } from './badge';

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = getTranslator(useReaderLocale());
  const [tone, symbol] = projectTone[status];
  return <Badge tone={tone} symbol={symbol} label={t(`projectStatus.${status}`)} />;
}

export function BuildingStatusBadge({ status }: { status: BuildingStatus }) {
  const t = getTranslator(useReaderLocale());
  const [tone, symbol] = buildingTone[status];
  return <Badge tone={tone} symbol={symbol} label={t(`buildingStatus.${status}`)} />;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = getTranslator(useReaderLocale());
  const [tone, symbol] = verdictTone[verdict];
  return <Badge tone={tone} symbol={symbol} label={t(`verdict.${verdict}`)} />;
}
