'use client';

import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/lib/api/fetcher';
import { inspectionWriteTags } from '@/lib/api/mutations';
import { inspectionQuery, keyOf } from '@/lib/api/queries';
import type { InspectionReviewDto } from '@/lib/api/review-dto';

/**
 * The cache around one inspection: a write's answer goes straight into the inspection's query
 * (the form shows it at once), then every query the write made stale is refetched: the
 * inspection, the expert's list, the dashboard and the project's pages in the staff workspace.
 */
export function useInspectionCache(id: number, projectSlug: string) {
  const queryClient = useQueryClient();
  const key = inspectionQuery(id).key;
  return {
    put(dto: InspectionReviewDto) {
      queryClient.setQueryData(key, dto);
    },
    /** After a refusal: the record as it now stands, from the 409's `current` or refetched. */
    async refresh(error: unknown) {
      if (isApiProblem(error) && error.current) queryClient.setQueryData(key, error.current as InspectionReviewDto);
      await Promise.all(inspectionWriteTags(id, projectSlug).map((tag) => queryClient.invalidateQueries({ queryKey: keyOf(tag) })));
    },
    /** Resolves once the active queries among them have been refetched. */
    invalidate() {
      return Promise.all(inspectionWriteTags(id, projectSlug).map((tag) => queryClient.invalidateQueries({ queryKey: keyOf(tag) })));
    },
    keys: inspectionWriteTags(id, projectSlug).map(keyOf),
  };
}

/** Someone else changed what this write was based on (the verdict's version, or the text being signed). */
export function isStale(error: unknown): boolean {
  return isApiProblem(error) && error.status === 409 && error.type.endsWith('stale-version');
}
