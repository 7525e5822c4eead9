'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectDetail } from '@/lib/api/dto';
import { isApiProblem } from '@/lib/api/fetcher';
import { patchProject, projectWriteTags } from '@/lib/api/mutations';
import { keyOf, projectQuery } from '@/lib/api/queries';
import { PublishedBadge } from './badges';
import { t } from './i18n';

/** Whether the public sees the project: shown in words, switched with one button, optimistic with rollback. */
export function PublishToggle({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const key = projectQuery(project.slug).key;
  const toggle = useMutation({
    mutationFn: (published: boolean) => patchProject(project.slug, { published }),
    onMutate: async (published) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ProjectDetail>(key)?.published;
      queryClient.setQueryData<ProjectDetail>(key, (p) => p && { ...p, published });
      return { previous };
    },
    onError: (_error, _published, context) => {
      if (context?.previous !== undefined)
        queryClient.setQueryData<ProjectDetail>(key, (p) => p && { ...p, published: context.previous as boolean });
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
    onSettled: () => {
      for (const tag of projectWriteTags(project.slug)) void queryClient.invalidateQueries({ queryKey: keyOf(tag) });
    },
  });

  return (
    <section className="panel" aria-labelledby="visibility-heading">
      <h2 id="visibility-heading">{t('manage.editor.visibility')}</h2>
      <p className="visibility-line">
        <PublishedBadge published={project.published} />
        <span>{t(project.published ? 'manage.editor.publishedState' : 'manage.editor.unpublishedState')}</span>
      </p>
      <div className="milestone-actions">
        <button
          type="button"
          className="button"
          aria-disabled={toggle.isPending || undefined}
          onClick={() => {
            if (!toggle.isPending) toggle.mutate(!project.published);
          }}
        >
          {t(project.published ? 'manage.editor.unpublish' : 'manage.editor.publish')}
        </button>
        <div className="row-status" role="status">
          {toggle.isPending && <span>{t('manage.common.saving')}</span>}
          {toggle.isSuccess && (
            <span className="saved">{t(toggle.data.published ? 'manage.editor.publishedDone' : 'manage.editor.unpublishedDone')}</span>
          )}
        </div>
      </div>
      {toggle.isError && (
        <p className="notice tone-bad" role="alert">
          {t('manage.common.saveFailed', { detail: isApiProblem(toggle.error) ? toggle.error.detail : String(toggle.error) })}
        </p>
      )}
    </section>
  );
}
