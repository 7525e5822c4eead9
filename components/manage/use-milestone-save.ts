'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MilestoneDto, ProjectDetail } from '@/lib/api/dto';
import { isApiProblem } from '@/lib/api/fetcher';
import { milestoneWriteTags, patchMilestone } from '@/lib/api/mutations';
import { keyOf, projectQuery } from '@/lib/api/queries';
import { applyChanges, type Changes, withMilestone } from './milestone-values';

export interface SaveVariables {
  id: number;
  /** The version the user started editing from: a save on top of someone else's is a 409, not an overwrite. */
  version: number;
  changes: Changes;
  /** The milestone as the user saw it when they started: the "before" column of a conflict. */
  base: MilestoneDto;
}

/**
 * Saving one milestone. The cache shows the new values at once (optimistic); a refusal puts back
 * exactly this milestone as it was (rollback, other rows untouched); a stale version puts in the
 * record as it now stands (the 409's `current`), so the row shows theirs while the dialog asks.
 * Whatever happens, the project, the histories and the dashboard are refetched afterwards.
 */
export function useMilestoneSave(projectSlug: string) {
  const queryClient = useQueryClient();
  const projectKey = projectQuery(projectSlug).key;

  return useMutation({
    mutationFn: (v: SaveVariables) => patchMilestone(v.id, { ...v.changes, version: v.version }),
    onMutate: async (v) => {
      // A refetch landing now would overwrite the optimistic values with the old ones.
      await queryClient.cancelQueries({ queryKey: projectKey });
      const previous = queryClient.getQueryData<ProjectDetail>(projectKey)?.milestones.find((m) => m.id === v.id);
      queryClient.setQueryData<ProjectDetail>(projectKey, (p) => withMilestone(p, v.id, (m) => applyChanges(m, v.changes)));
      return { previous };
    },
    onError: (error, v, context) => {
      const restore = isApiProblem(error) && error.isConflict ? (error.current as MilestoneDto) : context?.previous;
      if (restore) queryClient.setQueryData<ProjectDetail>(projectKey, (p) => withMilestone(p, v.id, () => restore));
    },
    onSuccess: (result, v) => {
      queryClient.setQueryData<ProjectDetail>(projectKey, (p) => withMilestone(p, v.id, () => result.milestone));
    },
    onSettled: (_result, _error, v) => {
      // Not awaited: the row says 已保存 as soon as the server has answered; the refetch follows.
      for (const tag of milestoneWriteTags(projectSlug, v.id)) void queryClient.invalidateQueries({ queryKey: keyOf(tag) });
    },
  });
}
