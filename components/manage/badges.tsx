import { Badge, projectTone, verdictTone } from '@/components/ui/badge';
import type { InspectionStage } from '@/lib/api/review-dto';
import type { ProjectStatus, RectificationStatus, Verdict } from '@/lib/domain/codes';
import { t } from './i18n';

/** The workspace's badges: the same Badge and tones as the public pages, with the client translator. */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const [tone, symbol] = projectTone[status];
  return <Badge tone={tone} symbol={symbol} label={t(`projectStatus.${status}`)} />;
}

export function PublishedBadge({ published }: { published: boolean }) {
  return published ? (
    <Badge tone="done" symbol="◉" label={t('manage.dashboard.published')} />
  ) : (
    <Badge tone="none" symbol="◌" label={t('manage.dashboard.unpublished')} />
  );
}

export function OverdueBadge() {
  return <Badge tone="bad" symbol="!" label={t('manage.dashboard.overdueBadge')} />;
}

const stageTone: Record<InspectionStage, [tone: string, symbol: string]> = {
  assessing: ['pending', '◔'],
  signing: ['active', '✎'],
  locked: ['done', '■'],
};

export function InspectionStageBadge({ stage }: { stage: InspectionStage }) {
  const [tone, symbol] = stageTone[stage];
  return <Badge tone={tone} symbol={symbol} label={t(`manage.inspections.stage.${stage}`)} />;
}

export function HistoricalBadge() {
  return <Badge tone="none" symbol="▤" label={t('manage.inspections.historical')} />;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const [tone, symbol] = verdictTone[verdict];
  return <Badge tone={tone} symbol={symbol} label={t(`verdict.${verdict}`)} />;
}

const rectificationTone: Record<RectificationStatus, [tone: string, symbol: string]> = {
  open: ['warn', '○'],
  submitted: ['active', '◑'],
  closed: ['done', '●'],
};

export function RectificationStatusBadge({ status }: { status: RectificationStatus }) {
  const [tone, symbol] = rectificationTone[status];
  return <Badge tone={tone} symbol={symbol} label={t(`rectificationStatus.${status}`)} />;
}
