import { Badge, projectTone } from '@/components/ui/badge';
import type { ProjectStatus } from '@/lib/domain/codes';
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
