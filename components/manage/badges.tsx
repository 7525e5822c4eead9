import type { ProjectStatus } from '@/lib/domain/codes';
import { t } from './i18n';

/**
 * The workspace's badges, client-side twins of components/ui/status-badge.tsx (whose translator
 * is the server's): a symbol and words in a tone, never colour alone.
 */
const projectTone: Record<ProjectStatus, [tone: string, symbol: string]> = {
  initiating: ['pending', '○'],
  approved: ['pending', '◔'],
  plan_approved: ['pending', '◑'],
  under_construction: ['active', '◕'],
  awaiting_acceptance: ['active', '◕'],
  rectifying: ['warn', '▲'],
  accepted: ['done', '●'],
  archived: ['done', '■'],
};

export function Badge({ tone, symbol, label }: { tone: string; symbol: string; label: string }) {
  return (
    <span className={`badge tone-${tone}`}>
      <span aria-hidden="true" className="badge-symbol">
        {symbol}
      </span>
      {label}
    </span>
  );
}

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
