import type { BuildingStatus, ProjectStatus, Verdict } from '@/lib/domain/codes';

/**
 * Status is never shown by colour alone: each badge has a symbol and its words.
 * The tone names a colour family in globals.css.
 */
export const projectTone: Record<ProjectStatus, [tone: string, symbol: string]> = {
  initiating: ['pending', '○'],
  approved: ['pending', '◔'],
  plan_approved: ['pending', '◑'],
  under_construction: ['active', '◕'],
  awaiting_acceptance: ['active', '◕'],
  rectifying: ['warn', '▲'],
  accepted: ['done', '●'],
  archived: ['done', '■'],
};

export const buildingTone: Record<BuildingStatus, [tone: string, symbol: string]> = {
  not_started: ['none', '·'],
  initiating: ['pending', '○'],
  in_progress: ['active', '◕'],
  restored: ['done', '●'],
};

export const verdictTone: Record<Verdict, [tone: string, symbol: string]> = {
  qualified: ['done', '✓'],
  basically_qualified: ['warn', '△'],
  unqualified: ['bad', '✗'],
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
