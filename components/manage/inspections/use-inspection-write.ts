'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionWriteTags } from '@/lib/api/mutations';
import { keyOf, manageTags } from '@/lib/api/queries';

/**
 * A write on an inspection or one of its rectification items. Whatever the answer (a refusal or a
 * 409 included, after which the screen must show the record as it now stands), the inspection,
 * the project's list of inspections, the project (its status and findings) and the dashboard are
 * refetched.
 */
export function useInspectionWrite<B, R>(inspectionId: number, projectSlug: string, send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation<R, Error, B>({
    mutationFn: send,
    onSettled: () => {
      const tags = new Set([
        ...inspectionWriteTags(inspectionId, projectSlug),
        manageTags.projectInspections(projectSlug),
        manageTags.project(projectSlug),
        manageTags.dashboard,
      ]);
      for (const tag of tags) void queryClient.invalidateQueries({ queryKey: keyOf(tag) });
    },
  });
}
